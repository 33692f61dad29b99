using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>GraphML text written piecewise (lists, numbers) is the text of the joined, cleaned string.</summary>
public class GraphMlEscapingSpecs
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;

    private static (string Text, XDocument Doc) Write(KnowledgeGraph graph)
    {
        var bytes = SampleGraphs.GraphMl(graph);
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { CheckCharacters = true });
        return (Encoding.UTF8.GetString(bytes), XDocument.Load(reader));
    }

    private static string? Data(XElement owner, string key) =>
        owner.Elements(G + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

    private static KnowledgeGraph Graph()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(new GraphNode("person:a", NodeType.Person, "A <&> \"B\"\u0001")
        {
            Aliases = ["x\u0002y", "\uD83D\uDE00 smile", "lone \uD83D", "a&b"],
            Mentions = [new Provenance("doc-b", 0, 1), new Provenance("doc-a", 2, 3), new Provenance("doc-b", 4, 5)],
            Properties = PropertyMap.Create(
            [
                KeyValuePair.Create<string, object>("count", 12345),
                KeyValuePair.Create<string, object>("born", new DateOnly(1980, 12, 31)),
                KeyValuePair.Create<string, object>("score", 0.1 + 0.2),
                KeyValuePair.Create<string, object>("tags", ImmutableArray.Create("t<1>", "t\uFFFE2")),
            ]),
        });
        for (int i = 0; i < 12; i++)
        {
            b.AddNode(new GraphNode($"org:b{i:D2}", NodeType.Organization, "B"));
            b.AddEdge("person:a", EdgeType.MEMBER_OF, $"org:b{i:D2}", [new Provenance($"d{i % 3}", i, i + 1)]);
        }
        return b.Build();
    }

    [Fact]
    public void Aliases_doc_ids_numbers_dates_and_lists_read_back_as_their_joined_cleaned_text()
    {
        var (_, doc) = Write(Graph());
        var node = doc.Descendants(G + "node").Single(n => (string?)n.Attribute("id") == "person:a");
        Data(node, "n_label").Should().Be("A <&> \"B\"");
        Data(node, "n_aliases").Should().Be("xy|\uD83D\uDE00 smile|lone |a&b");
        Data(node, "n_mentions").Should().Be("3");
        Data(node, "n_docIds").Should().Be("doc-a|doc-b");
        Data(node, "n_p_count").Should().Be("12345");
        Data(node, "n_p_born").Should().Be("1980-12-31");
        Data(node, "n_p_score").Should().Be("0.30000000000000004");
        Data(node, "n_p_tags").Should().Be("t<1>|t2");
    }

    [Fact]
    public void Edge_ids_count_up_past_one_digit_and_weights_are_doubles()
    {
        var (text, doc) = Write(Graph());
        doc.Descendants(G + "edge").Select(e => (string?)e.Attribute("id")).Should().Equal(Enumerable.Range(0, 12).Select(i => $"e{i}"));
        text.Should().Contain("<edge id=\"e11\" source=\"person:a\" target=\"org:b11\">");
        doc.Descendants(G + "edge").Select(e => Data(e, "e_weight")).Should().OnlyContain(w => w == "1");
    }

    [Fact]
    public void Markup_characters_are_escaped_in_text_written_piecewise()
    {
        var (text, _) = Write(Graph());
        text.Should().Contain("<data key=\"n_aliases\">xy|\uD83D\uDE00 smile|lone |a&amp;b</data>");
        text.Should().Contain("<data key=\"n_p_tags\">t&lt;1&gt;|t2</data>");
    }
}
