using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Store;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>The saved graph reads back as the graph that was saved: every property keeps its value and its type.</summary>
public sealed class GraphRecordsSpecs
{
    [Fact]
    public void Every_kind_of_property_value_reads_back_with_its_type()
    {
        var values = new Dictionary<string, object>
        {
            ["text"] = "2024-05-01", // a string that looks like a date stays a string
            ["int"] = 42,
            ["long"] = 5_000_000_000L,
            ["double"] = 0.1 + 0.2,
            ["bool"] = true,
            ["date"] = new DateOnly(2024, 5, 1),
            ["moment"] = new DateTime(2024, 5, 1, 13, 45, 10, DateTimeKind.Utc),
            ["strings"] = ImmutableArray.Create("b", "a|c"),
        };
        var builder = new KnowledgeGraphBuilder();
        builder.AddNode(new GraphNode("person:ana", NodeType.Person, "Ana")
        {
            Aliases = ["A."],
            Properties = PropertyMap.Create(values),
            Mentions = [new Provenance("d1", 3, 6)],
        });
        builder.AddNode(new GraphNode("organization:board", NodeType.Organization, "Board"));
        builder.AddEdge("person:ana", EdgeType.MEMBER_OF, "organization:board", [new Provenance("d1", 0, 20), new Provenance("d0", 1, 2)], values);
        var graph = builder.Build();

        var back = GraphRecords.Build(graph.Nodes.Select(n => StoreJson.Read<StoredNode>(StoreJson.Write(GraphRecords.Of(n)))),
                                      graph.Edges.Select(e => StoreJson.Read<StoredEdge>(StoreJson.Write(GraphRecords.Of(e)))));

        var node = back.FindById("person:ana")!;
        foreach (var (key, value) in values.Where(v => v.Key != "strings"))
            node.Properties[key].Should().Be(value).And.BeOfType(value.GetType(), key);
        ((IEnumerable<string>)node.Properties["strings"]).Should().Equal("b", "a|c");
        back.Edges.Single().Evidence.Should().Equal(graph.Edges.Single().Evidence);
        back.Edges.Single().Properties.Keys.Should().Equal(graph.Edges.Single().Properties.Keys);
        Exports(back).ShouldBeIdenticalTo(Exports(graph), "the graph read back is the graph saved");
    }
}
