using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Export;

public sealed class Neo4jCsvWriterSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Nodes(KnowledgeGraph graph, NodeType type)
    {
        using var w = new StringWriter();
        Neo4jCsvWriter.WriteNodes(graph, type, w);
        return w.ToString();
    }

    private static string Relationships(KnowledgeGraph graph, EdgeType type)
    {
        using var w = new StringWriter();
        Neo4jCsvWriter.WriteRelationships(graph, type, w);
        return w.ToString();
    }

    private static string Header(string csv) => csv[..csv.IndexOf('\n')];

    [Fact]
    public void A_nodes_header_has_the_id_the_label_the_aliases_array_typed_properties_and_the_label_column()
    {
        Header(Nodes(SampleGraphs.Build(), NodeType.Person)).Should().Be(
            "id:ID,label,aliases:string[],mentions:int,docIds:string[]," +
            "age:int,big:long,born:date,confidence:double,nicknames:string[],p_p_note,score:int,type,verified:boolean,:LABEL");
    }

    [Fact]
    public void A_relationships_header_has_start_end_type_weight_and_typed_properties()
    {
        var graph = SampleGraphs.Build();
        Header(Relationships(graph, EdgeType.SAID)).Should().Be(":START_ID,:END_ID,:TYPE,weight:int,docIds:string[],confidence:double,date:date");
        Header(Relationships(graph, EdgeType.MEMBER_OF)).Should().Be(":START_ID,:END_ID,:TYPE,weight:int,docIds:string[],label,since:date,p_weight:int");
    }

    [Fact]
    public void Node_rows_hold_arrays_joined_by_semicolons_iso_dates_and_the_node_type()
    {
        var rows = Nodes(SampleGraphs.Build(), NodeType.Organization).Split('\n');
        // The text is the file's: UTF-8 cannot hold the label's lone surrogate, so it reads as U+FFFD (U+FFFE is kept).
        rows[1].Should().Be("organization:hla,Harbor \uFFFDLight\uFFFE Alliance,HLA,1,doc-1,1997,true,high,Organization");
        rows[0].Should().Be("id:ID,label,aliases:string[],mentions:int,docIds:string[],founded:int,nonprofit:boolean,score,:LABEL");
        Nodes(SampleGraphs.Build(), NodeType.Person).Split('\n')[1].Should().Contain(",Ms. Santos;Santos,2,doc-1,42,5000000000,1980-12-31,0.75,Mia;M|S,");
    }

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_with_doubled_quotes_and_control_characters_dropped()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(new GraphNode("quote:d:1", NodeType.Quote, "We said \"no\", twice.\nThen again.")
        {
            Aliases = ["a;b", ""],
            Properties = PropertyMap.Create(
                [KeyValuePair.Create<string, object>("text", "plain\u0001 words")]),
        });

        var csv = Nodes(b.Build(), NodeType.Quote);

        csv.Should().Be(
            "id:ID,label,aliases:string[],mentions:int,docIds:string[],text,:LABEL\n" +
            "quote:d:1,\"We said \"\"no\"\", twice.\nThen again.\",\"a,b\",0,,plain words,Quote\n");
    }

    [Fact]
    public void Property_types_that_disagree_widen_to_long_or_double_or_fall_back_to_string()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(new GraphNode("person:a", NodeType.Person, "A") { Properties = SampleGraphs.Props(("n", 1), ("x", 1), ("s", 1), ("id", "keep")) });
        b.AddNode(new GraphNode("person:b", NodeType.Person, "B") { Properties = SampleGraphs.Props(("n", 5_000_000_000L), ("x", 2.5), ("s", "two"), ("odd key:x", true)) });

        Header(Nodes(b.Build(), NodeType.Person)).Should().Be(
            "id:ID,label,aliases:string[],mentions:int,docIds:string[],p_id,n:long,odd_key_x:boolean,s,x:double,:LABEL");
    }

    [Fact]
    public void Write_makes_one_file_per_node_type_and_per_edge_type_present_and_is_byte_identical_across_input_orders()
    {
        var paths = Neo4jCsvWriter.Write(SampleGraphs.Build(), _dir.Path);
        var first = paths.ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);
        using var other = new TempDir();
        var second = Neo4jCsvWriter.Write(SampleGraphs.Build(reversed: true), other.Path).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);

        paths.Select(Path.GetFileName).Should().Equal(
            "nodes-Document.csv", "nodes-Person.csv", "nodes-Organization.csv", "nodes-Role.csv", "nodes-Quote.csv",
            "relationships-MENTIONS.csv", "relationships-SAID.csv", "relationships-IN.csv", "relationships-HOLDS_ROLE.csv", "relationships-MEMBER_OF.csv");
        second.Keys.Should().Equal(first.Keys);
        foreach (var (name, bytes) in first) second[name].Should().Equal(bytes, name);
        first["relationships-MENTIONS.csv"].Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no BOM");
        Directory.GetFiles(_dir.Path).Should().HaveCount(paths.Count, "no temporary file is left");
    }

    [Fact]
    public void Every_relationship_end_is_a_node_id_of_some_nodes_file()
    {
        var graph = SampleGraphs.Build();
        var ids = Enum.GetValues<NodeType>()
            .SelectMany(t => Nodes(graph, t).Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l[..l.IndexOf(',')]))
            .ToHashSet(StringComparer.Ordinal);
        var ends = Enum.GetValues<EdgeType>()
            .SelectMany(t => Relationships(graph, t).Split('\n').Skip(1).Where(l => l.Length > 0))
            .SelectMany(l => l.Split(',').Take(2)).ToList();

        ends.Should().HaveCount(2 * graph.Edges.Length).And.OnlyContain(id => ids.Contains(id));
    }

    [Fact]
    public void A_property_an_item_lacks_is_an_empty_field_in_its_column()
    {
        // The maps, in ordinal key order, are walked beside the columns.
        static PropertyMap Map(params (string Key, object Value)[] props) =>
            PropertyMap.Create(props.Select(p => KeyValuePair.Create(p.Key, p.Value)));
        var b = new KnowledgeGraphBuilder();
        b.AddNode(new GraphNode("work:a", NodeType.Work, "A") { Properties = Map(("a", "1"), ("c", "3"), ("Z", "z")) });
        b.AddNode(new GraphNode("work:b", NodeType.Work, "B") { Properties = Map(("b", "2")) });
        b.AddNode(new GraphNode("work:c", NodeType.Work, "C"));
        b.AddNode(new GraphNode("work:d", NodeType.Work, "D") { Properties = Map(("d", "4"), ("a", "x")) });
        var rows = Nodes(b.Build(), NodeType.Work).Split('\n');
        rows[0].Should().Be("id:ID,label,aliases:string[],mentions:int,docIds:string[],Z,a,b,c,d,:LABEL");
        rows[1..5].Should().Equal(
            "work:a,A,,0,,z,1,,3,,Work",
            "work:b,B,,0,,,,2,,,Work",
            "work:c,C,,0,,,,,,,Work",
            "work:d,D,,0,,,x,,,4,Work");
    }
}
