using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>
/// JsonGraphWriter writes the very bytes the writer it replaced wrote (every value through Utf8JsonWriter), indented and
/// compact: pre-encoded ids, names and provenance must escape and lay out text exactly as Utf8JsonWriter did.
/// </summary>
public class JsonUtf8WriterEquivalenceSpecs
{
    /// <summary>JSON's own escapes (backslash, solidus) and HTML characters beside the XML pieces.</summary>
    private static readonly string[] JsonPieces = ["\\", "/", "\\u0041", "<script>", "+", "`", "\u0600", "\uFDD0", "\U0001F600"];

    private static string Text(Random random, int maxPieces) =>
        random.Next(3) == 0 ? RandomXmlStrings.Next(random, maxPieces) + JsonPieces[random.Next(JsonPieces.Length)] + RandomXmlStrings.Next(random, maxPieces)
        : RandomXmlStrings.Next(random, maxPieces);

    private static byte[] Reference(KnowledgeGraph graph, JsonIndentation indentation)
    {
        using var ms = new MemoryStream();
        Utf8JsonWriterGraphJson.Write(graph, ms, new JsonExportOptions { Indentation = indentation });
        return ms.ToArray();
    }

    private static byte[] Written(KnowledgeGraph graph, JsonIndentation indentation)
    {
        using var ms = new MemoryStream();
        JsonGraphWriter.Write(graph, ms, new JsonExportOptions { Indentation = indentation });
        return ms.ToArray();
    }

    [Theory]
    [InlineData(JsonIndentation.Always)]
    [InlineData(JsonIndentation.Never)]
    public void Random_graphs_are_written_byte_for_byte_as_Utf8JsonWriter_wrote_them(JsonIndentation indentation)
    {
        var random = new Random(indentation == JsonIndentation.Always ? 1818 : 18);
        for (int i = 0; i < 600; i++)
        {
            var graph = RandomGraphs.Next(random, Text);
            Written(graph, indentation).Should().Equal(Reference(graph, indentation), "graph {0} is written as Utf8JsonWriter wrote it", i);
        }
    }

    [Theory]
    [InlineData(JsonIndentation.Always)]
    [InlineData(JsonIndentation.Never)]
    public void An_empty_graph_is_written_as_Utf8JsonWriter_wrote_it(JsonIndentation indentation)
    {
        var graph = new KnowledgeGraphBuilder().Build();
        Written(graph, indentation).Should().Equal(Reference(graph, indentation));
    }

    [Theory]
    [InlineData(JsonIndentation.Always)]
    [InlineData(JsonIndentation.Never)]
    public void A_graph_larger_than_every_buffer_is_written_as_Utf8JsonWriter_wrote_it(JsonIndentation indentation)
    {
        var random = new Random(7);
        var b = new KnowledgeGraphBuilder();
        const int nodes = 2_000;
        for (int i = 0; i < nodes; i++)
        {
            b.AddNode(new GraphNode($"person:{new string('x', i % 300)}-{i}", NodeType.Person, Text(random, 40))
            {
                Mentions = [.. Enumerable.Range(0, random.Next(40)).Select(k => new Provenance($"document-{k % 7}", k, k + 5)
                {
                    Source = new SourceSpan(SourceField.Body, k, k + 5) { Line = k % 3, Column = 2 },
                })],
            });
        }
        for (int i = 0; i < 5_000; i++)
        {
            b.AddEdge($"person:{new string('x', i % 300)}-{i % nodes}", EdgeType.MENTIONS, $"person:{new string('x', (i * 7) % 300)}-{(i * 7) % nodes}",
                [new Provenance("document-1", i, i + 1)], new Dictionary<string, object> { ["part"] = Text(random, 8) });
        }
        var graph = b.Build();
        Written(graph, indentation).Should().Equal(Reference(graph, indentation));
    }

    [Fact]
    public void Edge_ends_that_are_not_the_graphs_own_node_instances_are_written_by_their_ids()
    {
        var a = new GraphNode("person:a\uD800", NodeType.Person, "A");
        var b = new GraphNode("org:b\"q\\", NodeType.Organization, "B");
        var strangerA = a with { Label = "other instance, same id" };
        var stranger = new GraphNode("person:not-in-the-graph\u0001", NodeType.Person, "C");
        var graph = new KnowledgeGraph([a, b], [new GraphEdge(strangerA, b, EdgeType.MENTIONS), new GraphEdge(stranger, a, EdgeType.MENTIONS)]);
        foreach (var indentation in new[] { JsonIndentation.Always, JsonIndentation.Never })
            Written(graph, indentation).Should().Equal(Reference(graph, indentation));
    }
}
