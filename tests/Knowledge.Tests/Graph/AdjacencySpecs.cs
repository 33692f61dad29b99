using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

public sealed class AdjacencySpecs
{
    private static readonly GraphNode Ann = new("person:ann", NodeType.Person, "Ann");
    private static readonly GraphNode Ben = new("person:ben", NodeType.Person, "Ben");
    private static readonly GraphNode Court = new("organization:court", NodeType.Organization, "Court");

    [Fact]
    public void Each_node_gets_its_out_and_in_edges_in_the_order_given()
    {
        var annKnowsBen = new GraphEdge(Ann, Ben, EdgeType.REFERS_TO);
        var annAtCourt = new GraphEdge(Ann, Court, EdgeType.MEMBER_OF);
        var benAtCourt = new GraphEdge(Ben, Court, EdgeType.MEMBER_OF);
        var adjacency = Adjacency.Of([Ann, Ben, Court], [annKnowsBen, annAtCourt, benAtCourt]);

        adjacency.Out(Ann).Should().Equal(annKnowsBen, annAtCourt);
        adjacency.In(Ann).Should().BeEmpty();
        adjacency.Out(Ben).Should().Equal(benAtCourt);
        adjacency.In(Ben).Should().Equal(annKnowsBen);
        adjacency.In(Court).Should().Equal(annAtCourt, benAtCourt);
    }

    [Fact]
    public void An_edge_with_an_end_outside_the_nodes_is_left_out_at_both_ends()
    {
        var stranger = new GraphNode("person:stranger", NodeType.Person, "Stranger");
        var kept = new GraphEdge(Ann, Court, EdgeType.MEMBER_OF);
        var adjacency = Adjacency.Of([Ann, Court], [new GraphEdge(Ann, stranger, EdgeType.REFERS_TO), kept, new GraphEdge(stranger, Court, EdgeType.MEMBER_OF)]);

        adjacency.Out(Ann).Should().Equal(kept);
        adjacency.In(Court).Should().Equal(kept);
        adjacency.Out(stranger).Should().BeEmpty();
    }

    [Fact]
    public void A_node_is_found_by_its_id_whatever_the_instance()
    {
        var edge = new GraphEdge(Ann, Court, EdgeType.MEMBER_OF);
        var adjacency = Adjacency.Of([Ann, Court], [edge]);

        adjacency.Out(new GraphNode("person:ann", NodeType.Person, "Ann Other")).Should().Equal(edge);
    }
}
