using System.Text.Json;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Tests.Support;

namespace Knowledge.Tests.Export;

/// <summary>The JSON export read by the real scorer (../shared/eval/score.py) for one gold document.</summary>
public sealed class ScorerContractSpecs : IDisposable
{
    private const string Doc = "ijm-supports-the-earn-it-act-of-2023";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [RequiresSharedFact]
    public void Scorer_finds_the_person_role_and_attributed_dated_quote()
    {
        var b = new KnowledgeGraphBuilder();
        string docNode = NodeIds.For(NodeType.Document, Doc);
        var published = new DateOnly(2023, 5, 24);
        b.AddNode(new GraphNode(docNode, NodeType.Document, "IJM supports the EARN IT Act of 2023")
        {
            Properties = SampleGraphs.Props(("docId", Doc), ("title", "IJM supports the EARN IT Act of 2023"), ("published", published)),
        });
        string person = NodeIds.For(NodeType.Person, "Nate King");
        b.AddNode(new GraphNode(person, NodeType.Person, "Nate King") { Mentions = [new Provenance(Doc, 10, 19)] });
        string role = NodeIds.For(NodeType.Role, "Director of Congressional Affairs");
        b.AddNode(new GraphNode(role, NodeType.Role, "Director of Congressional Affairs"));
        const string text = "Technology has revolutionized our world, and it has also created new risks.";
        string quote = $"quote:{Doc}:100";
        b.AddNode(new GraphNode(quote, NodeType.Quote, text)
        {
            Properties = SampleGraphs.Props(("text", text), ("date", published), ("docId", Doc)),
        });
        b.AddEdge(docNode, EdgeType.MENTIONS, person, [new Provenance(Doc, 10, 19)]);
        b.AddEdge(person, EdgeType.HOLDS_ROLE, role);
        b.AddEdge(person, EdgeType.SAID, quote);
        b.AddEdge(quote, EdgeType.IN, docNode);
        string json = GraphExporter.Write(b.Build(), _dir.Path, ExportFormats.Json)[0];

        string score = Path.Combine(TestPaths.SharedDir, "eval", "score.py");
        string gold = Path.Combine(TestPaths.SharedDir, "eval", "gold");
        var (code, stdout, stderr) = Tools.Run("python3", $"\"{score}\" \"{gold}\" \"{json}\" --json --docs {Doc}");

        code.Should().Be(0, stderr);
        var summary = JsonDocument.Parse(stdout).RootElement;
        summary.GetProperty("persons").GetProperty("p").GetDouble().Should().Be(1.0);
        summary.GetProperty("roles_recall").GetDouble().Should().BeGreaterThan(0);
        summary.GetProperty("attribution_acc").GetDouble().Should().Be(1.0);
        summary.GetProperty("quote_date_acc").GetDouble().Should().Be(1.0);
    }
}
