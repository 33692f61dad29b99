using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

/// <summary>The builder: nodes named again merged into one, and the built graph's order.</summary>
public class KnowledgeGraphBuilderSpecs
{
    private static GraphNode Place(params Provenance[] mentions) => new("place:riverton", NodeType.Place, "Riverton") { Mentions = [.. mentions] };

    [Fact]
    public void Mentions_noted_for_a_node_already_there_are_merged_once_each_in_order()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(Place(new Provenance("d2", 5, 13)));
        b.AddMentions(Place(new Provenance("d1", 0, 8)));
        b.AddMentions(Place(new Provenance("d2", 5, 13)));
        b.AddMentions(Place(new Provenance("d0", 3, 11)));
        var node = b.Build().FindById("place:riverton")!;
        node.Mentions.Select(m => m.DocId).Should().Equal("d0", "d1", "d2");
    }

    [Fact]
    public void A_node_read_back_holds_the_mentions_noted_for_it()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(Place(new Provenance("d1", 0, 8)));
        b.AddMentions(Place(new Provenance("d0", 0, 8)));
        b.Find("place:riverton")!.Mentions.Select(m => m.DocId).Should().Equal("d0", "d1");
    }

    [Fact]
    public void Mentions_noted_for_a_node_with_another_label_merge_as_an_added_node_does()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(Place(new Provenance("d1", 0, 8)));
        b.AddMentions(new GraphNode("place:riverton", NodeType.Place, "RIVERTON") { Mentions = [new Provenance("d0", 0, 8)] });
        var node = b.Build().FindById("place:riverton")!;
        node.Aliases.Should().Equal("RIVERTON");
        node.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void Edges_are_ordered_by_source_then_by_the_name_of_their_type_then_by_target()
    {
        var b = new KnowledgeGraphBuilder();
        foreach (var id in new[] { "organization:a", "organization:b", "organization:c", "person:z" })
            b.AddNode(new GraphNode(id, id.StartsWith("person", StringComparison.Ordinal) ? NodeType.Person : NodeType.Organization, id));
        // PART_OF comes before MEMBER_OF among the types' values, after it by name.
        b.AddEdge("person:z", EdgeType.PART_OF, "organization:a");
        b.AddEdge("person:z", EdgeType.MEMBER_OF, "organization:c");
        b.AddEdge("person:z", EdgeType.MEMBER_OF, "organization:b");
        b.AddEdge("organization:c", EdgeType.PART_OF, "organization:a");
        b.Build().Edges.Select(e => $"{e.Source.Id} {e.Type} {e.Target.Id}").Should().Equal(
            "organization:c PART_OF organization:a",
            "person:z MEMBER_OF organization:b",
            "person:z MEMBER_OF organization:c",
            "person:z PART_OF organization:a");
    }

    [Fact]
    public void Nodes_come_out_by_id_and_edges_without_both_ends_are_dropped_whatever_the_order_added()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddEdge("person:b", EdgeType.MEMBER_OF, "organization:z");
        b.AddEdge("person:b", EdgeType.MEMBER_OF, "organization:missing");
        foreach (var id in new[] { "person:b", "organization:z", "person:a", "organization:y" })
            b.AddNode(new GraphNode(id, id.StartsWith("person", StringComparison.Ordinal) ? NodeType.Person : NodeType.Organization, id));
        b.AddEdge("person:a", EdgeType.MEMBER_OF, "organization:y");
        b.AddEdge("organization:z", EdgeType.PART_OF, "organization:y");

        var graph = b.Build();

        graph.Nodes.Select(n => n.Id).Should().Equal("organization:y", "organization:z", "person:a", "person:b");
        graph.Edges.Select(e => $"{e.Source.Id} {e.Type} {e.Target.Id}").Should().Equal(
            "organization:z PART_OF organization:y",
            "person:a MEMBER_OF organization:y",
            "person:b MEMBER_OF organization:z");
    }

    [Fact]
    public void An_edge_of_an_undefined_type_is_ordered_by_the_number_it_prints_as()
    {
        var b = new KnowledgeGraphBuilder();
        foreach (var id in new[] { "a", "b" }) b.AddNode(new GraphNode(id, NodeType.Person, id));
        b.AddEdge("a", (EdgeType)99, "b");
        b.AddEdge("a", EdgeType.MENTIONS, "b");

        b.Build().Edges.Select(e => e.Type.ToString()).Should().Equal("99", "MENTIONS");
    }

    [Fact]
    public void An_id_named_by_a_node_or_an_edge_end_is_found_by_its_characters_as_the_stored_string()
    {
        var b = new KnowledgeGraphBuilder();
        var node = b.AddNode(new GraphNode("role:director:harbor-trust", NodeType.Role, "Director"));
        b.AddEdge("person:ana-reyes", EdgeType.HOLDS_ROLE, node.Id);

        b.KnownId("role:director:harbor-trust".AsSpan()).Should().BeSameAs(node.Id);
        b.KnownId("person:ana-reyes".AsSpan()).Should().Be("person:ana-reyes");
        b.KnownId("role:director:harbor".AsSpan()).Should().BeNull();
    }

    [Fact]
    public void An_edge_added_by_its_ends_numbers_is_the_same_edge_as_one_added_by_their_ids()
    {
        var b = new KnowledgeGraphBuilder();
        int person = b.AddNodeNumber(new GraphNode("person:ana-reyes", NodeType.Person, "Ana Reyes"));
        int org = b.AddNodeNumber(new GraphNode("organization:harbor-trust", NodeType.Organization, "Harbor Trust"));
        b.NumberOf("person:ana-reyes").Should().Be(person);
        b.AddEdge("person:ana-reyes", EdgeType.MEMBER_OF, "organization:harbor-trust", new Provenance("d1", 0, 9));
        b.AddEdge(person, EdgeType.MEMBER_OF, org, new Provenance("d0", 4, 13));
        b.AddEdgeSharing(person, EdgeType.HOLDS_ROLE, org, [new Provenance("d2", 1, 2)]);
        var edges = b.Build().Edges;
        edges.Should().HaveCount(2);
        edges.Single(e => e.Type == EdgeType.MEMBER_OF).Evidence.Select(p => p.DocId).Should().Equal("d0", "d1");
    }

    [Fact]
    public void A_node_found_by_its_number_holds_the_mentions_noted_for_it_and_an_id_known_gives_its_number()
    {
        var b = new KnowledgeGraphBuilder();
        int number = b.AddNodeNumber(Place(new Provenance("d1", 0, 8)));
        b.AddMentions(Place(new Provenance("d0", 0, 8)));
        b.FindNumber(number)!.Mentions.Select(m => m.DocId).Should().Equal("d0", "d1");
        b.KnownId("place:riverton".AsSpan(), out int known).Should().Be("place:riverton");
        known.Should().Be(number);
        b.FindNumber(b.NumberOf("place:elsewhere")).Should().BeNull();
    }

    [Fact]
    public void Room_reserved_for_ids_keeps_the_numbers_given_before_and_numbers_later_ids_in_turn()
    {
        var b = new KnowledgeGraphBuilder();
        int first = b.AddNodeNumber(new GraphNode("document:d1", NodeType.Document, "Harbor notes"));
        b.ReserveNodes(5000);
        var numbers = Enumerable.Range(0, 3000).Select(i => b.AddNodeNumber(new GraphNode($"quote:d1:{i}", NodeType.Quote, "q" + i))).ToList();

        b.NumberOf("document:d1").Should().Be(first);
        numbers.Should().Equal(Enumerable.Range(first + 1, 3000));
        b.FindNumber(numbers[2999])!.Label.Should().Be("q2999");
        b.Build().Nodes.Should().HaveCount(3001);
    }
}
