using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Query;
using Xunit;

namespace Knowledge.Tests.Query;

public sealed class QuoteEdgesSpecs
{
    private static readonly GraphNode Ann = new("person:ann", NodeType.Person, "Ann");
    private static readonly GraphNode Ben = new("person:ben", NodeType.Person, "Ben");
    private static readonly GraphNode Court = new("organization:court", NodeType.Organization, "Court");
    private static readonly GraphNode Judge = new("role:judge", NodeType.Role, "Judge");
    private static readonly GraphNode Act = new("law:act", NodeType.Law, "Act");
    private static readonly GraphNode Said = new("quote:1", NodeType.Quote, "We will appeal.");

    [Fact]
    public void Each_node_gets_the_quote_edges_the_graph_gives_it_in_edge_order()
    {
        var graph = new KnowledgeGraph(
            [Ann, Ben, Court, Judge, Act, Said],
            [
                new GraphEdge(Ben, Said, EdgeType.SAID), new GraphEdge(Ann, Said, EdgeType.SAID),
                new GraphEdge(Said, Court, EdgeType.ABOUT), new GraphEdge(Said, Act, EdgeType.ABOUT),
                new GraphEdge(Ann, Court, EdgeType.MEMBER_OF), new GraphEdge(Ann, Judge, EdgeType.HOLDS_ROLE),
                new GraphEdge(Judge, Court, EdgeType.AT), new GraphEdge(Ann, Ben, EdgeType.REFERS_TO),
            ]);
        var edges = new QuoteEdges(graph);

        edges.In(Said).Should().Equal(graph.InEdges(Said));
        edges.Out(Said).Should().Equal(graph.OutEdges(Said));
        edges.Out(Judge).Should().Equal(graph.OutEdges(Judge));
        edges.Out(Ann).Should().Equal(graph.OutEdges(Ann).Where(e => e.Type is EdgeType.MEMBER_OF or EdgeType.HOLDS_ROLE));
        edges.Out(Ann).Select(e => e.Type).Should().BeEquivalentTo([EdgeType.MEMBER_OF, EdgeType.HOLDS_ROLE]);
    }

    [Fact]
    public void Other_edge_types_and_the_other_direction_are_not_kept()
    {
        var graph = new KnowledgeGraph([Ann, Ben, Said], [new GraphEdge(Ann, Ben, EdgeType.REFERS_TO), new GraphEdge(Ann, Said, EdgeType.SAID)]);
        var edges = new QuoteEdges(graph);

        edges.Out(Ann).Should().BeEmpty();
        edges.In(Ben).Should().BeEmpty();
        edges.In(Said).Should().ContainSingle().Which.Source.Should().BeSameAs(Ann);
    }

    [Fact]
    public void An_edge_with_an_end_outside_the_nodes_is_left_out()
    {
        var stranger = new GraphNode("person:stranger", NodeType.Person, "Stranger");
        var kept = new GraphEdge(Ann, Said, EdgeType.SAID);
        var graph = new KnowledgeGraph([Ann, Said], [new GraphEdge(stranger, Said, EdgeType.SAID), kept, new GraphEdge(Said, stranger, EdgeType.ABOUT)]);
        var edges = new QuoteEdges(graph);

        edges.In(Said).Should().Equal(kept);
        edges.Out(Said).Should().BeEmpty();
    }

    [Fact]
    public void Ends_and_lookups_match_nodes_by_id_whatever_the_instance()
    {
        var annAgain = new GraphNode("person:ann", NodeType.Person, "Ann Other");
        var edge = new GraphEdge(annAgain, Said, EdgeType.SAID);
        var edges = new QuoteEdges(new KnowledgeGraph([Ann, Said], [edge]));

        edges.In(new GraphNode("quote:1", NodeType.Quote, "copy")).Should().Equal(edge);
    }
}
