using System.Text.Json;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Syntax;
using Knowledge.Tests.Support;

namespace Knowledge.Tests.Export;

/// <summary>
/// The JSON export read by the real scorer (../shared/eval/score.py) for one gold document. The
/// graph is built at run time from that gold file (a person with a role, and one of their quotes), so
/// no corpus text lives in the repository.
/// </summary>
public sealed class ScorerContractSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [RequiresSharedFact]
    public void Scorer_finds_the_person_role_and_attributed_dated_quote()
    {
        string goldDir = Path.Combine(TestPaths.SharedDir, "eval", "gold");
        var (doc, gold, speaker, quoteStart, quoteDate) = PickGoldDocument(goldDir);
        var b = new KnowledgeGraphBuilder();
        string docNode = NodeIds.For(NodeType.Document, doc);
        var published = DateOnly.Parse(gold.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        b.AddNode(new GraphNode(docNode, NodeType.Document, doc)
        {
            Properties = SampleGraphs.Props(("docId", doc), ("title", doc), ("published", published)),
        });
        string personName = speaker.GetProperty("name").GetString()!;
        string title = speaker.GetProperty("roles")[0].GetProperty("title").GetString()!;
        string person = NodeIds.For(NodeType.Person, personName);
        b.AddNode(new GraphNode(person, NodeType.Person, personName) { Mentions = [new Provenance(doc, 10, 19)] });
        string role = NodeIds.For(NodeType.Role, title);
        b.AddNode(new GraphNode(role, NodeType.Role, title));
        string quote = $"quote:{doc}:100";
        b.AddNode(new GraphNode(quote, NodeType.Quote, quoteStart)
        {
            Properties = SampleGraphs.Props(("text", quoteStart), ("date", quoteDate), ("docId", doc)),
        });
        b.AddEdge(docNode, EdgeType.MENTIONS, person, [new Provenance(doc, 10, 19)]);
        b.AddEdge(person, EdgeType.HOLDS_ROLE, role);
        b.AddEdge(person, EdgeType.SAID, quote);
        b.AddEdge(quote, EdgeType.IN, docNode);
        string json = GraphExporter.Write(b.Build(), _dir.Path, ExportFormats.Json)[0];

        string score = Path.Combine(TestPaths.SharedDir, "eval", "score.py");
        var (code, stdout, stderr) = Tools.Run("python3", $"\"{score}\" \"{goldDir}\" \"{json}\" --json --docs {doc}");

        code.Should().Be(0, stderr);
        var summary = JsonDocument.Parse(stdout).RootElement;
        summary.GetProperty("persons").GetProperty("p").GetDouble().Should().Be(1.0);
        summary.GetProperty("roles_recall").GetDouble().Should().BeGreaterThan(0);
        summary.GetProperty("attribution_acc").GetDouble().Should().Be(1.0);
        summary.GetProperty("quote_date_acc").GetDouble().Should().Be(1.0);
    }

    /// <summary>The first gold document (by file name) that has a person with a role who speaks a quote.</summary>
    private static (string Doc, JsonElement Gold, JsonElement Speaker, string QuoteStart, DateOnly QuoteDate) PickGoldDocument(string goldDir)
    {
        foreach (var file in Directory.GetFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            foreach (var q in gold.GetProperty("quotes").EnumerateArray())
            {
                if (q.GetProperty("speaker").ValueKind != JsonValueKind.String || q.GetProperty("date").GetString() is not { Length: 10 } date) continue;
                string name = q.GetProperty("speaker").GetString()!;
                foreach (var p in gold.GetProperty("persons").EnumerateArray())
                    if (p.GetProperty("name").GetString() == name && p.GetProperty("roles").GetArrayLength() > 0)
                        return (gold.GetProperty("doc").GetString()!, gold, p, q.GetProperty("text_start").GetString()!,
                            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        throw new InvalidOperationException("no gold document has a quoted person with a role");
    }
}
