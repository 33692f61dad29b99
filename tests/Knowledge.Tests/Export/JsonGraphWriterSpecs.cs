using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Export;

public class JsonGraphWriterSpecs
{
    private static JsonElement Parse(KnowledgeGraph graph) =>
        JsonDocument.Parse(SampleGraphs.Json(graph)).RootElement.Clone();

    private static JsonElement Node(JsonElement root, string id) =>
        root.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id);

    private static JsonElement Edge(JsonElement root, string source, string type, string target) =>
        root.GetProperty("edges").EnumerateArray().Single(e =>
            e.GetProperty("source").GetString() == source && e.GetProperty("type").GetString() == type &&
            e.GetProperty("target").GetString() == target);

    [Fact]
    public void Nodes_carry_the_scorers_fields_with_properties_flattened()
    {
        var root = Parse(SampleGraphs.Build());
        root.GetProperty("nodes").GetArrayLength().Should().Be(5);
        foreach (var n in root.GetProperty("nodes").EnumerateArray())
        {
            n.GetProperty("id").ValueKind.Should().Be(JsonValueKind.String);
            n.GetProperty("type").ValueKind.Should().Be(JsonValueKind.String);
            n.GetProperty("label").ValueKind.Should().Be(JsonValueKind.String);
            n.GetProperty("aliases").ValueKind.Should().Be(JsonValueKind.Array);
            n.GetProperty("mentions").ValueKind.Should().Be(JsonValueKind.Array);
            n.TryGetProperty("properties", out _).Should().BeFalse();
        }

        var doc = Node(root, SampleGraphs.DocNode);
        doc.GetProperty("type").GetString().Should().Be("Document");
        doc.GetProperty("docId").GetString().Should().Be(SampleGraphs.DocId);
        doc.GetProperty("title").GetString().Should().Be("Survivors' network launched");
        doc.GetProperty("published").GetString().Should().Be("2023-02-08");

        var person = Node(root, SampleGraphs.Person);
        person.GetProperty("type").GetString().Should().Be("Person");
        person.GetProperty("label").GetString().Should().Be(SampleGraphs.PersonLabel);
        person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal("Ms. Santos", "Santos");
        person.GetProperty("age").GetInt32().Should().Be(42);
        person.GetProperty("verified").GetBoolean().Should().BeTrue();
        person.GetProperty("nicknames").EnumerateArray().Select(a => a.GetString()).Should().Equal("Mia", "M|S");
        person.GetProperty("born").GetString().Should().Be("1980-12-31");
        person.GetProperty("confidence").GetDouble().Should().Be(0.75);
        person.GetProperty("big").GetInt64().Should().Be(5_000_000_000L);
        person.GetProperty("p_type").GetString().Should().Be("survivor", "a property named like a structural key is prefixed");
        person.GetProperty("type").GetString().Should().Be("Person");
        person.GetProperty("p_p_note").GetString().Should().Be("already prefixed");
        var mention = person.GetProperty("mentions")[0];
        (mention.GetProperty("docId").GetString(), mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32())
            .Should().Be((SampleGraphs.DocId, 10, 22));

        var quote = Node(root, SampleGraphs.Quote);
        quote.GetProperty("text").GetString().Should().StartWith("We will not stop");
        quote.GetProperty("date").GetString().Should().Be("2023-02-08");
        quote.GetProperty("docId").GetString().Should().Be(SampleGraphs.DocId);
    }

    [Fact]
    public void Edges_carry_source_target_type_label_weight_properties_and_evidence()
    {
        var root = Parse(SampleGraphs.Build());
        root.GetProperty("edges").GetArrayLength().Should().Be(6);

        var mentions = Edge(root, SampleGraphs.DocNode, "MENTIONS", SampleGraphs.Person);
        mentions.GetProperty("label").GetString().Should().Be("mentions");
        mentions.GetProperty("weight").GetInt32().Should().Be(2);
        mentions.GetProperty("evidence").EnumerateArray()
            .Select(e => (e.GetProperty("docId").GetString(), e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()))
            .Should().Equal((SampleGraphs.DocId, 10, 22), (SampleGraphs.DocId, 50, 55));

        var said = Edge(root, SampleGraphs.Person, "SAID", SampleGraphs.Quote);
        said.GetProperty("date").GetString().Should().Be("2023-02-08");
        said.GetProperty("confidence").GetDouble().Should().Be(0.9);

        var member = Edge(root, SampleGraphs.Person, "MEMBER_OF", SampleGraphs.Org);
        member.GetProperty("label").GetString().Should().Be("member of");
        member.GetProperty("p_label").GetString().Should().Be("staff");
        member.GetProperty("weight").GetInt32().Should().Be(1);
        member.GetProperty("p_weight").GetInt32().Should().Be(3);
        member.GetProperty("evidence").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Lone_surrogates_are_dropped_and_the_output_is_valid_utf8_without_bom()
    {
        byte[] bytes = SampleGraphs.Json(SampleGraphs.Build());
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).Should().NotContain("\r");
        Node(Parse(SampleGraphs.Build()), SampleGraphs.Org).GetProperty("label").GetString()
            .Should().Be("Harbor Light\uFFFE Alliance");
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_insertion_orders()
    {
        var a = SampleGraphs.Json(SampleGraphs.Build());
        SampleGraphs.Json(SampleGraphs.Build()).Should().Equal(a);
        SampleGraphs.Json(SampleGraphs.Build(reversed: true)).Should().Equal(a);
    }

    [Fact]
    public void Round_trip_through_the_reader_gives_the_same_graph()
    {
        var original = SampleGraphs.Build();
        byte[] first = SampleGraphs.Json(original);
        var read = JsonGraphReader.Read(new MemoryStream(first));

        SampleGraphs.Json(read).Should().Equal(first);
        read.Nodes.Select(n => (n.Id, n.Type)).Should().Equal(original.Nodes.Select(n => (n.Id, n.Type)));
        read.Edges.Select(e => e.Id).Should().Equal(original.Edges.Select(e => e.Id));
        read.Edges.Select(e => e.Evidence).Should().BeEquivalentTo(original.Edges.Select(e => e.Evidence), o => o.WithStrictOrdering());

        var person = read.FindById(SampleGraphs.Person)!;
        person.Label.Should().Be(SampleGraphs.PersonLabel);
        person.Aliases.Should().Equal("Ms. Santos", "Santos");
        person.Mentions.Should().Equal(original.FindById(SampleGraphs.Person)!.Mentions);
        person["age"].Should().Be(42);
        person["verified"].Should().Be(true);
        person["born"].Should().Be(new DateOnly(1980, 12, 31));
        person["confidence"].Should().Be(0.75);
        person["big"].Should().Be(5_000_000_000L);
        person["type"].Should().Be("survivor");
        person["p_note"].Should().Be("already prefixed");
        person["nicknames"].Should().BeOfType<ImmutableArray<string>>().Which.Should().Equal("Mia", "M|S");
        read.FindById(SampleGraphs.DocNode)!["published"].Should().Be(new DateOnly(2023, 2, 8));

        var member = read.Edges.Single(e => e.Type == EdgeType.MEMBER_OF);
        member.Properties.Should().Contain("label", "staff").And.Contain("weight", 3);
    }

    [Fact]
    public void Doubles_with_integral_values_and_datetimes_keep_their_types()
    {
        var b = new KnowledgeGraphBuilder();
        var when = new DateTime(2023, 2, 8, 9, 30, 0, DateTimeKind.Utc);
        b.AddNode(new GraphNode("event:x", NodeType.Event, "X")
        {
            Properties = SampleGraphs.Props(("ratio", 3.0), ("at", when), ("eventType", "Launch"), ("month", "2023-02")),
        });
        var read = JsonGraphReader.Read(new MemoryStream(SampleGraphs.Json(b.Build())));
        var n = read.FindById("event:x")!;
        n["ratio"].Should().Be(3.0);
        n["at"].Should().Be(when);
        n["month"].Should().Be("2023-02");
    }

    [Fact]
    public void Reader_accepts_properties_under_a_properties_object()
    {
        const string json = """
            {"nodes":[{"id":"document:d","type":"Document","label":"D","properties":{"docId":"d"}},
                      {"id":"person:p","type":"Person","label":"P"}],
             "edges":[{"source":"document:d","target":"person:p","type":"MENTIONS"}]}
            """;
        var g = JsonGraphReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        g.FindById("document:d")!["docId"].Should().Be("d");
        g.Edges.Should().ContainSingle().Which.Type.Should().Be(EdgeType.MENTIONS);
    }

    [Fact]
    public void Reader_rejects_an_unknown_node_type()
    {
        const string json = """{"nodes":[{"id":"x","type":"Alien","label":"X"}],"edges":[]}""";
        var act = () => JsonGraphReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        act.Should().Throw<FormatException>().WithMessage("*Alien*");
    }
}
