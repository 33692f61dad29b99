using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>Issue 17, item 9: one node, one id, whichever export it is read from.</summary>
public sealed class NodeIdsAcrossFormatsSpecs : IDisposable
{
    private const string Text =
        "The Lantern Coast Foundation opened a night shelter in Port Elm on Monday.\n\n" +
        "\"Nobody should sleep on the pier in winter,\" said Dana Whitfield, executive director of the Lantern Coast Foundation.\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_node_has_the_same_id_in_the_json_graphml_and_neo4j_exports()
    {
        var source = new SourceDocument("Coast News @ Dawn", Text, BodyFormat.PlainText, new DocumentOrigin("Coast News @ Dawn.txt"))
        {
            Published = new DateOnly(2025, 1, 6),
        };
        var graph = KnowledgePipeline.CreateDefault().Run([source]).Graph;
        graph.Edges.Should().Contain(e => e.Type == EdgeType.AT, "the spec needs a role at an organisation");

        GraphExporter.Write(graph, _dir.Path, ExportFormats.Json | ExportFormats.GraphMl | ExportFormats.Neo4j);

        var json = JsonDocument.Parse(File.ReadAllBytes(_dir.File("knowledge.json"))).RootElement
            .GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        XNamespace g = GraphMlWriter.Namespace;
        var graphMl = XDocument.Load(_dir.File("knowledge.graphml")).Descendants(g + "node").Select(n => (string)n.Attribute("id")!).ToList();
        var neo4j = Directory.GetFiles(Path.Combine(_dir.Path, "neo4j"), "nodes-*.csv").SelectMany(FirstFields).ToList();

        json.Should().OnlyContain(id => NodeIds.IsSafe(id));
        graphMl.Should().Equal(json);
        neo4j.Should().BeEquivalentTo(json);
    }

    /// <summary>The first field of every record after the header (RFC 4180: quoted fields may hold line breaks).</summary>
    private static IEnumerable<string> FirstFields(string path)
    {
        string csv = File.ReadAllText(path);
        var ids = new List<string>();
        int i = csv.IndexOf('\n') + 1;
        while (i < csv.Length)
        {
            var field = new System.Text.StringBuilder();
            bool quoted = false, first = true;
            for (; i < csv.Length; i++)
            {
                char c = csv[i];
                if (quoted)
                {
                    if (c != '"') { if (first) field.Append(c); }
                    else if (i + 1 < csv.Length && csv[i + 1] == '"') { if (first) field.Append('"'); i++; }
                    else quoted = false;
                }
                else if (c == '"') quoted = true;
                else if (c == ',') first = false;
                else if (c == '\n') { i++; break; }
                else if (first) field.Append(c);
            }
            ids.Add(field.ToString());
        }
        return ids;
    }
}
