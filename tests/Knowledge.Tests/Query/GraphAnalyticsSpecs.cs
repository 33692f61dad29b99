using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Query;
using Xunit;
using static Knowledge.Tests.Query.AnalyticsGraphs;

namespace Knowledge.Tests.Query;

public class GraphAnalyticsSpecs
{
    private static readonly KnowledgeGraph Graph = Build();
    private static readonly GraphAnalytics Whole = new(Graph);
    private static readonly GraphAnalytics Entities = new(Graph, includeDocuments: false);

    private static GraphNode Node(string id) => Graph.FindById(id)!;

    [Fact]
    public void Counts_are_by_type_in_type_order_and_leave_out_absent_types()
    {
        var stats = Whole.Statistics();

        stats.Nodes.Select(c => $"{c.Type}={c.Count}").Should().Equal(
            "Document=2", "Person=3", "Organization=3", "Role=1", "Law=1", "Place=1", "Quote=3");
        stats.Edges.Select(c => $"{c.Type}={c.Count}").Should().Equal(
            "MENTIONS=8", "SAID=3", "IN=3", "ABOUT=3", "HOLDS_ROLE=1", "AT=1", "MEMBER_OF=1");
        Entities.Statistics().Nodes.Select(c => c.Type).Should().NotContain("Document");
        Entities.Statistics().Edges.Select(c => c.Type).Should().NotContain(["MENTIONS", "IN"]);
    }

    [Fact]
    public void Components_ignore_edge_direction_and_count_isolated_nodes()
    {
        var stats = Whole.Statistics();
        stats.ComponentCount.Should().Be(2);
        stats.LargestComponents.Should().Equal(13, 1);
        stats.IsolatedNodes.Should().Be(1);

        // Without documents Cara Nolan and the Harbor Trust Fund are only named, never related.
        Entities.Statistics().ComponentCount.Should().Be(4);
        Entities.Components[0].Select(n => n.Id).Should().Contain([Ana, Ben, Harbor, Valley, WaterAct]).And.NotContain(Cara);
    }

    [Fact]
    public void The_most_connected_people_by_degree_count_edges_in_both_directions()
    {
        var people = Whole.MostConnected(NodeType.Person, 10);

        people.Select(p => (p.Id, p.Degree)).Should().Equal((Ana, 4), (Ben, 3), (Cara, 1));
        Whole.MostConnected(NodeType.Person, 1).Should().ContainSingle().Which.Id.Should().Be(Ana);
        Entities.Degree(Node(Ana)).Should().Be(3, "the MENTIONS edge from the document is not counted without documents");
    }

    [Fact]
    public void PageRank_comes_from_the_directed_graph_and_adds_up_to_one()
    {
        Whole.PageRank.Values.Sum().Should().BeApproximately(1.0, 1e-9);
        Whole.PageRank.Should().HaveCount(Graph.Nodes.Length);

        var byRank = Whole.MostConnected(NodeType.Person, 10, CentralityMeasure.PageRank);

        byRank[0].Id.Should().Be(Ana, "her article names fewer entities, so each gets a larger share of its rank");
        byRank.Select(p => p.PageRank).Should().BeInDescendingOrder();
        // Ben and Cara share one article and have no other incoming edge: equal rank, Ben first by degree.
        byRank[1].PageRank.Should().BeApproximately(byRank[2].PageRank, 1e-12);
        byRank.Select(p => p.Id).Should().Equal(Ana, Ben, Cara);
    }

    [Fact]
    public void Without_documents_the_shortest_path_follows_the_extracted_relations()
    {
        var path = Entities.ShortestPath(Node(Ana), Node(Valley));

        path.Should().NotBeNull();
        path!.Nodes.Select(n => n.Id).Should().Equal(Ana, "quote:d1:10", WaterAct, "quote:d2:40", Ben, Valley);
        path.Edges.Select(e => e.Type).Should().Equal(EdgeType.SAID, EdgeType.ABOUT, EdgeType.ABOUT, EdgeType.SAID, EdgeType.MEMBER_OF);
        path.Steps.Select(s => s.Forward).Should().Equal(true, true, false, false, true);
    }

    [Fact]
    public void Through_documents_a_path_may_be_shorter_and_reach_entities_that_are_only_named()
    {
        Whole.ShortestPath(Node(Ana), Node(Valley))!.Length.Should().Be(4);
        Entities.ShortestPath(Node(Ana), Node(Cara)).Should().BeNull();
        Whole.ShortestPath(Node(Cara), Node(Ana))!.Nodes.Select(n => n.Id).Should().StartWith(Cara).And.EndWith(Ana);
    }

    [Fact]
    public void A_path_to_itself_is_empty_and_unknown_or_unreachable_nodes_have_none()
    {
        Whole.ShortestPath(Node(Ben), Node(Ben))!.Length.Should().Be(0);
        Whole.ShortestPath(Node(Ana), Node(Nowhere)).Should().BeNull();
        Entities.ShortestPath(Node("document:d1"), Node(Ana)).Should().BeNull();
        Whole.ShortestPath(Node(Ana), new GraphNode("person:stranger", NodeType.Person, "Stranger")).Should().BeNull();
    }

    [Fact]
    public void Results_do_not_depend_on_the_instance()
    {
        var again = new GraphAnalytics(Build());
        again.Statistics(by: CentralityMeasure.PageRank).People.Should().Equal(Whole.Statistics(by: CentralityMeasure.PageRank).People);
        again.ShortestPath(again.Components[0][0], again.Components[0][^1])!.Nodes.Select(n => n.Id)
            .Should().Equal(Whole.ShortestPath(Whole.Components[0][0], Whole.Components[0][^1])!.Nodes.Select(n => n.Id));
    }
}
