using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Export;

public class GraphMlWriterSpecs
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;
    private static readonly XNamespace Y = "http://www.yworks.com/xml/graphml";
    private static readonly string[] AllowedTypes = ["boolean", "int", "long", "float", "double", "string"];

    /// <summary>Parses with a strict XmlReader (checks well-formedness and characters).</summary>
    private static XDocument Load(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static XElement NodeEl(XDocument doc, string id) =>
        doc.Descendants(G + "node").Single(n => (string?)n.Attribute("id") == id);

    private static string? Data(XElement owner, string key) =>
        owner.Elements(G + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

    [Fact]
    public void Keys_come_first_with_unique_ids_node_or_edge_domains_and_allowed_types()
    {
        var doc = Load(SampleGraphs.GraphMl(SampleGraphs.Build()));
        var root = doc.Root!;
        root.Name.Should().Be(G + "graphml");
        var children = root.Elements().ToList();
        int graphIndex = children.FindIndex(e => e.Name == G + "graph");
        graphIndex.Should().Be(children.Count - 1);
        children.Take(graphIndex).Should().OnlyContain(e => e.Name == G + "key");

        var keys = root.Elements(G + "key").ToList();
        keys.Select(k => (string)k.Attribute("id")!).Should().OnlyHaveUniqueItems();
        keys.Select(k => (string)k.Attribute("for")!).Should().OnlyContain(f => f == "node" || f == "edge");
        keys.Select(k => (string)k.Attribute("attr.type")!).Should().OnlyContain(t => AllowedTypes.Contains(t));
        foreach (var domain in new[] { "node", "edge" })
            keys.Where(k => (string)k.Attribute("for")! == domain).Select(k => (string)k.Attribute("attr.name")!)
                .Should().OnlyHaveUniqueItems().And.Contain("label");

        string Key(string domain, string name) => (string)keys.Single(k =>
            (string)k.Attribute("for")! == domain && (string)k.Attribute("attr.name")! == name).Attribute("id")!;
        string TypeOf(string domain, string name) => (string)keys.Single(k =>
            (string)k.Attribute("for")! == domain && (string)k.Attribute("attr.name")! == name).Attribute("attr.type")!;

        Key("node", "label").Should().Be("n_label");
        Key("node", "type").Should().Be("n_type");
        Key("edge", "weight").Should().Be("e_weight");
        TypeOf("edge", "weight").Should().Be("double");
        TypeOf("node", "mentions").Should().Be("int");
        TypeOf("node", "age").Should().Be("int");
        TypeOf("node", "big").Should().Be("long");
        TypeOf("node", "verified").Should().Be("boolean");
        TypeOf("node", "confidence").Should().Be("double");
        TypeOf("node", "born").Should().Be("string");
        TypeOf("node", "score").Should().Be("string", "score is an int on a person and a string on an organisation");
        TypeOf("node", "founded").Should().Be("int");
        TypeOf("node", "p_type").Should().Be("string");
        Key("node", "date").Should().NotBe(Key("edge", "date"), "a node and an edge property with one name get different ids");
        Key("node", "confidence").Should().NotBe(Key("edge", "confidence"));
        TypeOf("edge", "confidence").Should().Be("double");
        Key("edge", "p_label").Should().NotBe(Key("edge", "label"));
        Key("edge", "p_weight").Should().NotBe(Key("edge", "weight"));
    }

    [Fact]
    public void Graph_is_directed_and_every_node_and_edge_has_a_label()
    {
        var graph = SampleGraphs.Build();
        var doc = Load(SampleGraphs.GraphMl(graph));
        var g = doc.Root!.Element(G + "graph")!;
        ((string?)g.Attribute("id")).Should().Be("G");
        ((string?)g.Attribute("edgedefault")).Should().Be("directed");

        var nodes = g.Elements(G + "node").ToList();
        nodes.Select(n => (string)n.Attribute("id")!).Should().Equal(graph.Nodes.Select(n => n.Id));
        nodes.Should().OnlyContain(n => Data(n, "n_label") != null && Data(n, "n_type") != null);

        var edges = g.Elements(G + "edge").ToList();
        edges.Select(e => (string)e.Attribute("id")!).Should().Equal(Enumerable.Range(0, graph.Edges.Length).Select(i => "e" + i));
        edges.Select(e => ((string)e.Attribute("source")!, (string)e.Attribute("target")!))
            .Should().Equal(graph.Edges.Select(e => (e.Source.Id, e.Target.Id)));
        edges.Should().OnlyContain(e => Data(e, "e_label") != null && Data(e, "e_weight") != null);
    }

    [Fact]
    public void Data_values_match_their_declared_types_and_the_graph()
    {
        var doc = Load(SampleGraphs.GraphMl(SampleGraphs.Build()));
        var types = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.type")!);
        foreach (var d in doc.Descendants(G + "data"))
        {
            string v = d.Value;
            switch (types[(string)d.Attribute("key")!])
            {
                case "int": int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _).Should().BeTrue(v); break;
                case "long": long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _).Should().BeTrue(v); break;
                case "double": double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _).Should().BeTrue(v); break;
                case "boolean": v.Should().BeOneOf("true", "false"); break;
            }
        }

        var person = NodeEl(doc, SampleGraphs.Person);
        Data(person, "n_label").Should().Be("Maria Santos \"Mia\" & <co> 😀", "the control character is dropped");
        Data(person, "n_aliases").Should().Be("Ms. Santos|Santos");
        Data(person, "n_mentions").Should().Be("2");
        Data(person, "n_docIds").Should().Be(SampleGraphs.DocId);
        Data(person, "n_p_born").Should().Be("1980-12-31");
        Data(person, "n_p_nicknames").Should().Be("Mia|M|S");
        Data(person, "n_p_p_type").Should().Be("survivor");
        Data(NodeEl(doc, SampleGraphs.Org), "n_label").Should().Be("Harbor Light Alliance", "the lone surrogate and U+FFFE are dropped");
        Data(NodeEl(doc, SampleGraphs.DocNode), "n_p_published").Should().Be("2023-02-08");

        var mentions = doc.Descendants(G + "edge").Single(e => Data(e, "e_type") == "MENTIONS" && (string?)e.Attribute("target") == SampleGraphs.Person);
        Data(mentions, "e_weight").Should().Be("2");
        Data(mentions, "e_label").Should().Be("mentions");
        Data(mentions, "e_docIds").Should().Be(SampleGraphs.DocId);
    }

    [Fact]
    public void Output_is_utf8_without_bom_with_lf_newlines_and_no_invalid_characters()
    {
        byte[] bytes = SampleGraphs.GraphMl(SampleGraphs.Build());
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        string text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        text.Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml");
        text.Should().NotContain("\r");
        text.Where(c => (c < 0x20 && c is not '\t' and not '\n') || c is '\uFFFE' or '\uFFFF').Should().BeEmpty();
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i])) { char.IsLowSurrogate(text[i + 1]).Should().BeTrue(); i++; }
            else char.IsLowSurrogate(text[i]).Should().BeFalse();
        }
        text.Should().Contain("&amp;").And.Contain("&lt;co&gt;").And.Contain("😀");
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_insertion_orders()
    {
        foreach (bool yed in new[] { false, true })
        {
            var a = SampleGraphs.GraphMl(SampleGraphs.Build(), yed);
            SampleGraphs.GraphMl(SampleGraphs.Build(), yed).Should().Equal(a);
            SampleGraphs.GraphMl(SampleGraphs.Build(reversed: true), yed).Should().Equal(a);
        }
    }

    [Fact]
    public void Yed_variant_declares_node_graphics_and_gives_each_node_a_labelled_shape()
    {
        var graph = SampleGraphs.Build();
        var doc = Load(SampleGraphs.GraphMl(graph, yed: true));
        doc.Root!.GetNamespaceOfPrefix("y").Should().Be(Y);
        var yKey = doc.Root.Elements(G + "key").Single(k => (string?)k.Attribute("yfiles.type") == "nodegraphics");
        ((string?)yKey.Attribute("id")).Should().Be("n_yfiles");
        ((string?)yKey.Attribute("for")).Should().Be("node");
        var keys = doc.Root.Elements(G + "key").ToList();
        keys.Should().OnlyContain(k => k.ElementsBeforeSelf().All(e => e.Name == G + "key"));
        doc.Root.Elements().Last().Name.Should().Be(G + "graph");

        foreach (var node in doc.Descendants(G + "node"))
        {
            var shape = node.Elements(G + "data").Single(d => (string?)d.Attribute("key") == "n_yfiles").Element(Y + "ShapeNode");
            shape.Should().NotBeNull();
            shape!.Element(Y + "NodeLabel")!.Value.Should().Be(Data(node, "n_label"));
            ((string?)shape.Element(Y + "Fill")!.Attribute("color")).Should().MatchRegex("^#[0-9A-F]{6}$");
            ((string?)shape.Element(Y + "Shape")!.Attribute("type")).Should().NotBeNullOrEmpty();
        }
        doc.Descendants(Y + "ShapeNode").Should().HaveCount(graph.Nodes.Length);
        var fills = doc.Descendants(G + "node").ToDictionary(n => Data(n, "n_type")!, n => (string)n.Descendants(Y + "Fill").Single().Attribute("color")!);
        fills.Values.Should().OnlyHaveUniqueItems("each node type has its own colour");
    }

    [Fact]
    public void Plain_output_has_no_yfiles_markup()
    {
        string text = Encoding.UTF8.GetString(SampleGraphs.GraphMl(SampleGraphs.Build()));
        text.Should().NotContain("yworks").And.NotContain("yfiles");
    }

    [Fact]
    public void Ids_that_are_not_nmtokens_are_escaped_consistently_in_nodes_and_edges()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(new GraphNode("person:has space", NodeType.Person, "A"));
        b.AddNode(new GraphNode("place:x", NodeType.Place, "X"));
        b.AddEdge("person:has space", EdgeType.LOCATED_IN, "place:x");
        var doc = Load(SampleGraphs.GraphMl(b.Build()));
        string id = (string)doc.Descendants(G + "node").First().Attribute("id")!;
        XmlConvert.VerifyNMTOKEN(id).Should().Be(id);
        XmlConvert.DecodeName(id).Should().Be("person:has space");
        ((string?)doc.Descendants(G + "edge").Single().Attribute("source")).Should().Be(id);
    }

    [Fact]
    public void Empty_graph_is_valid_graphml()
    {
        var doc = Load(SampleGraphs.GraphMl(KnowledgeGraph.Empty));
        doc.Root!.Element(G + "graph")!.HasElements.Should().BeFalse();
    }
}
