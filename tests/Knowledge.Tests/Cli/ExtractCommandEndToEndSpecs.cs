using System.Text.Json;
using FluentAssertions;
using Knowledge.Cli;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>
/// `knowledge extract` from input files to knowledge.json and knowledge.graphml. These need the
/// real DocumentLoader and GraphExporter; on the cli branch alone (where both are stubs) they fail.
/// </summary>
public sealed class ExtractCommandEndToEndSpecs : IDisposable
{
    private const string RecordsJson =
        """{"records":[{"id":"r1","fields":{"slug":"a","title":"T","text":"Body text.","publishedDate":"2023-01-02"}}]}""";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Extract_writes_json_and_graphml_and_exits_0()
    {
        _dir.File("in/records.json", RecordsJson);
        _dir.File("in/press-release.txt", "Manila, Philippines. The court heard the case on Monday.\n");
        var outDir = _dir.Combine("out");

        var (code, stdout, stderr) = CliRunner.Run("extract", _dir.Combine("in"), "--out", outDir);

        code.Should().Be(KnowledgeCommand.Success, stderr);
        File.Exists(Path.Combine(outDir, "knowledge.json")).Should().BeTrue();
        File.Exists(Path.Combine(outDir, "knowledge.graphml")).Should().BeTrue();
        File.Exists(Path.Combine(outDir, "knowledge.html")).Should().BeTrue("every format is the default");
        DocIds(outDir).Should().BeEquivalentTo("a", "press-release");
        stdout.Should().MatchRegex(@"Documents read\s*│\s*2\b");
        stdout.Should().NotContain("\u001b[");
    }

    [Fact]
    public void A_bad_file_among_good_ones_is_reported_and_skipped_with_exit_1()
    {
        _dir.File("in/records.json", RecordsJson);
        _dir.File("in/press-release.txt", "The court heard the case on Monday.\n");
        var bad = _dir.File("in/broken.json", """{"records":[{"id":"r2","fields":{"slug":"b",""");
        var outDir = _dir.Combine("out");

        var (code, _, stderr) = CliRunner.Run("extract", _dir.Combine("in"), "--out", outDir);

        code.Should().Be(KnowledgeCommand.PartialSuccess);
        stderr.Should().Contain("broken.json").And.Contain("error");
        DocIds(outDir).Should().BeEquivalentTo("a", "press-release");
        _ = bad;
    }

    [Fact]
    public void A_bad_record_between_good_ones_read_as_a_stream_is_reported_with_its_place_and_loses_neither_neighbour()
    {
        var lines = _dir.File("in/notes.jsonl",
            """{"slug":"first","title":"One","text":"The ferry left Pier Nine on Monday."}""" + "\n" +
            """{"slug":"second","title":""" + "\n" +
            """{"slug":"third","title":"Three","text":"The ferry came back on Tuesday."}""" + "\n");
        var outDir = _dir.Combine("out");

        var (code, stdout, stderr) = CliRunner.Run("extract", lines, "--out", outDir, "--format", "json");

        code.Should().Be(KnowledgeCommand.PartialSuccess);
        stderr.Should().Contain("notes.jsonl:2:").And.Contain("(record #1)");
        DocIds(outDir).Should().BeEquivalentTo("first", "third");
        stdout.Should().MatchRegex(@"Documents read\s*│\s*2\b").And.MatchRegex(@"Errors \(skipped\)\s*│\s*1\b");
    }

    [Fact]
    public void A_dash_reads_standard_input()
    {
        var outDir = _dir.Combine("out");
        const string stdin = """{"records":[{"id":"r9","fields":{"slug":"from-stdin","title":"T","text":"Body text.","publishedDate":"2023-01-02"}}]}""";

        var (code, _, stderr) = CliRunner.RunWithInput(stdin, "extract", "-", "--out", outDir);

        code.Should().Be(KnowledgeCommand.Success, stderr);
        DocIds(outDir).Should().Equal("from-stdin");
    }

    [Fact]
    public void Format_json_writes_only_knowledge_json_and_stats_are_printed()
    {
        var input = _dir.File("records.json", RecordsJson);
        var outDir = _dir.Combine("out");

        var (code, stdout, stderr) = CliRunner.Run("extract", input, "--out", outDir, "--format", "json", "--stats", "--quiet");

        code.Should().Be(KnowledgeCommand.Success, stderr);
        File.Exists(Path.Combine(outDir, "knowledge.json")).Should().BeTrue();
        File.Exists(Path.Combine(outDir, "knowledge.graphml")).Should().BeFalse();
        stdout.Should().Contain("wall time:").And.Contain("MB/s").And.Contain("peak working set:");
        stdout.Should().NotContain("Documents read", "--quiet drops the summary table");
    }

    /// <summary>The docId of every Document node in knowledge.json (a top-level field or under "properties").</summary>
    private static List<string> DocIds(string outDir)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "knowledge.json")));
        var ids = new List<string>();
        foreach (var node in json.RootElement.GetProperty("nodes").EnumerateArray())
        {
            if (node.GetProperty("type").GetString() != "Document") continue;
            if (node.TryGetProperty("docId", out var id) ||
                (node.TryGetProperty("properties", out var props) && props.TryGetProperty("docId", out id)))
                ids.Add(id.GetString()!);
        }
        return ids;
    }
}
