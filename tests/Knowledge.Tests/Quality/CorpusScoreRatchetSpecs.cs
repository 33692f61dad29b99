using System.Text.Json;
using FluentAssertions;
using FluentAssertions.Execution;
using Knowledge.Export;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Knowledge.Tests.Quality;

/// <summary>
/// The quality ratchet: runs the default pipeline on ../shared/corpus and on the second dev set
/// (../shared/eval/dev2, built into a records export by ../shared/eval/make-export.py), scores each JSON
/// export with the reference scorer (../shared/eval/score.py) and fails when any metric falls under its
/// floor. Raise a floor when quality rises; never lower one to make a change pass.
/// </summary>
public class CorpusScoreRatchetSpecs
{
    /// <summary>Floors on the corpus, each a little under the score measured when it was last raised.</summary>
    private static readonly Dictionary<string, double> Floors = new()
    {
        ["persons.f1"] = 0.99,
        ["organizations.f1"] = 0.955,
        ["laws.f1"] = 0.99,
        ["roles_recall"] = 0.98,
        // 1.0 until a short given name ("Sam") joined its full form across documents (issue 17): the gold names
        // the person by the short form in the one document that uses only it, and a node has one label.
        ["canonical_person_names"] = 0.985,
        ["quotes_direct_recall"] = 0.99,
        ["quotes_indirect_recall"] = 0.93,
        ["quotes_precision"] = 0.99,
        ["attribution_acc"] = 0.96,
        ["quote_date_acc"] = 0.99,
        ["who_said_what_when"] = 0.945,
        ["events.f1"] = 0.845,
    };

    private readonly ITestOutputHelper _output;

    public CorpusScoreRatchetSpecs(ITestOutputHelper output) => _output = output;

    /// <summary>Floors on dev2 (25 third-party news texts), each a little under the score measured when it was last raised.</summary>
    private static readonly Dictionary<string, double> Dev2Floors = new()
    {
        ["persons.f1"] = 0.99,
        ["organizations.f1"] = 0.85,
        ["laws.f1"] = 0.99,
        ["roles_recall"] = 0.94,
        ["canonical_person_names"] = 0.975,
        ["quotes_direct_recall"] = 0.97,
        ["quotes_indirect_recall"] = 0.85,
        ["quotes_precision"] = 0.98,
        ["attribution_acc"] = 0.99,
        ["quote_date_acc"] = 0.99,
        ["who_said_what_when"] = 0.915,
        ["events.f1"] = 0.71,
    };

    [RequiresSharedFact]
    public void Scores_on_the_shared_corpus_stay_at_or_above_their_floors() =>
        ScoreAndCheck([TestPaths.CorpusDir], Path.Combine(TestPaths.SharedDir, "eval", "gold"), Floors);

    [RequiresSharedFact]
    public void Scores_on_the_second_dev_set_stay_at_or_above_their_floors()
    {
        var dir = Directory.CreateTempSubdirectory("knowledge-dev2-").FullName;
        try
        {
            var export = Path.Combine(dir, "dev2.json");
            var eval = Path.Combine(TestPaths.SharedDir, "eval");
            var (code, _, stderr) = Tools.Run("python3", $"\"{Path.Combine(eval, "make-export.py")}\" \"{Path.Combine(eval, "dev2", "docs")}\" \"{export}\"");
            code.Should().Be(0, stderr);
            ScoreAndCheck([export], Path.Combine(eval, "dev2", "gold"), Dev2Floors);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private void ScoreAndCheck(string[] inputs, string gold, Dictionary<string, double> floors)
    {
        var load = DocumentLoader.Load(inputs);
        load.HasErrors.Should().BeFalse(string.Join("\n", load.Diagnostics));
        var result = KnowledgePipeline.CreateDefault().Run(load.Documents);
        var dir = Directory.CreateTempSubdirectory("knowledge-ratchet-").FullName;
        try
        {
            GraphExporter.Write(result.Graph, dir, ExportFormats.Json);
            var score = Path.Combine(TestPaths.SharedDir, "eval", "score.py");
            var (code, stdout, stderr) = Tools.Run("python3", $"\"{score}\" \"{gold}\" \"{Path.Combine(dir, "knowledge.json")}\" --json");
            code.Should().Be(0, stderr);
            _output.WriteLine(stdout);
            var scores = Flatten(JsonDocument.Parse(stdout).RootElement);
            using var scope = new AssertionScope();
            foreach (var (metric, floor) in floors)
                scores.Should().ContainKey(metric).WhoseValue.Should().BeGreaterThanOrEqualTo(floor, $"the ratchet floor of {metric} is {floor}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static Dictionary<string, double> Flatten(JsonElement root)
    {
        var d = new Dictionary<string, double>();
        foreach (var p in root.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Number) d[p.Name] = p.Value.GetDouble();
            else if (p.Value.ValueKind == JsonValueKind.Object)
                foreach (var q in p.Value.EnumerateObject()) d[$"{p.Name}.{q.Name}"] = q.Value.GetDouble();
        }
        return d;
    }
}
