using System.Text.Json;
using FluentAssertions;
using Knowledge.Cli;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>
/// The output folder of `extract` and `export` (issue 17 items 2 and 3): never read back as input, kept consistent
/// by its manifest, and never replaced by an empty graph when no document was read.
/// </summary>
public sealed class OutputFolderSpecs : IDisposable
{
    private const string RecordsJson =
        """{"records":[{"id":"r1","fields":{"slug":"a","title":"T","text":"Ana Reyes, director of the Harbor Trust, said, \"We will act.\"","publishedDate":"2023-01-02"}}]}""";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Input()
    {
        _dir.File("in/records.json", RecordsJson);
        _dir.File("in/press-release.txt", "Manila, Philippines. Marisol Ferreira, Executive Director of the Harbor Literacy Foundation, spoke on Monday.\n\n“We will act before the end of the year,” Ferreira said.\n");
        return _dir.Combine("in");
    }

    [Fact]
    public void Extract_run_twice_on_a_folder_holding_its_output_reads_the_same_documents_and_exits_0()
    {
        var input = Input();
        var outDir = Path.Combine(input, "graph-output");

        var first = CliRunner.Run("extract", input, "--out", outDir);
        var second = CliRunner.Run("extract", input, "--out", outDir);

        first.ExitCode.Should().Be(KnowledgeCommand.Success, first.StdErr);
        second.ExitCode.Should().Be(KnowledgeCommand.Success, second.StdErr);
        second.StdOut.Should().MatchRegex(@"Documents read\s*│\s*2\b");
        DocIds(outDir).Should().BeEquivalentTo("a", "press-release");
    }

    [Fact]
    public void An_earlier_output_folder_inside_the_input_is_not_read()
    {
        var input = Input();
        CliRunner.Run("extract", input, "--out", Path.Combine(input, "first-output")).ExitCode.Should().Be(KnowledgeCommand.Success);

        var (code, stdout, stderr) = CliRunner.Run("extract", input, "--out", _dir.Combine("elsewhere"));

        code.Should().Be(KnowledgeCommand.Success, stderr);
        stdout.Should().MatchRegex(@"Documents read\s*│\s*2\b");
        DocIds(_dir.Combine("elsewhere")).Should().BeEquivalentTo("a", "press-release");
    }

    [Fact]
    public void Exclude_leaves_out_the_files_matching_the_pattern()
    {
        var input = Input();
        _dir.File("in/drafts/draft.txt", "A draft about the Harbor Trust.\n");
        _dir.File("in/drafts/old/older.txt", "An older draft.\n");
        var outDir = _dir.Combine("out");

        var (code, _, stderr) = CliRunner.Run("extract", input, "--out", outDir, "--exclude", "drafts/**", "--format", "json");

        code.Should().Be(KnowledgeCommand.Success, stderr);
        DocIds(outDir).Should().BeEquivalentTo("a", "press-release");
    }

    [Fact]
    public void Exclude_may_be_given_more_than_once()
    {
        var input = Input();
        _dir.File("in/drafts/draft.txt", "A draft.\n");
        var outDir = _dir.Combine("out");

        var (code, _, stderr) = CliRunner.Run("extract", input, "--out", outDir, "--exclude", "drafts/**", "--exclude", "*.json", "--format", "json");

        code.Should().Be(KnowledgeCommand.Success, stderr);
        DocIds(outDir).Should().Equal("press-release");
    }

    [Fact]
    public void A_mistyped_input_leaves_an_existing_knowledge_json_untouched_and_exits_6()
    {
        var input = Input();
        var outDir = _dir.Combine("out");
        CliRunner.Run("extract", input, "--out", outDir).ExitCode.Should().Be(KnowledgeCommand.Success);
        var before = File.ReadAllBytes(Path.Combine(outDir, "knowledge.json"));
        var missing = _dir.Combine("inn");

        var (code, _, stderr) = CliRunner.Run("extract", missing, "--out", outDir);

        code.Should().Be(KnowledgeCommand.NoInput);
        stderr.Should().Contain($"knowledge: no document was read from {missing}; nothing written");
        File.ReadAllBytes(Path.Combine(outDir, "knowledge.json")).Should().Equal(before);
    }

    [Fact]
    public void A_mistyped_input_with_a_store_writes_nothing_and_creates_no_store()
    {
        var store = _dir.Combine("knowledge.db");
        var outDir = _dir.Combine("out");

        var (code, _, stderr) = CliRunner.Run("extract", _dir.Combine("inn"), "--out", outDir, "--store", store);

        code.Should().Be(KnowledgeCommand.NoInput);
        stderr.Should().Contain("no document was read from");
        File.Exists(store).Should().BeFalse();
        Directory.Exists(outDir).Should().BeFalse();
    }

    [Fact]
    public void An_empty_folder_or_one_with_no_supported_file_says_so_and_exits_6()
    {
        var empty = _dir.Combine("empty");
        Directory.CreateDirectory(empty);
        _dir.File("pictures/photo.png", "not a text");
        var outDir = _dir.Combine("out");

        var fromEmpty = CliRunner.Run("extract", empty, "--out", outDir);
        var fromPictures = CliRunner.Run("extract", _dir.Combine("pictures"), "--out", outDir);

        fromEmpty.ExitCode.Should().Be(KnowledgeCommand.NoInput);
        fromEmpty.StdErr.Should().Contain("no file to read").And.Contain($"no document was read from {empty}");
        fromPictures.ExitCode.Should().Be(KnowledgeCommand.NoInput);
        fromPictures.StdErr.Should().Contain("no file to read");
        Directory.Exists(outDir).Should().BeFalse();
    }

    [Fact]
    public void Empty_standard_input_exits_6()
    {
        var (code, _, stderr) = CliRunner.RunWithInput("  \n", "extract", "-", "--out", _dir.Combine("out"));

        code.Should().Be(KnowledgeCommand.NoInput);
        stderr.Should().Contain("no document was read from standard input");
    }

    [Fact]
    public void A_rerun_with_fewer_formats_removes_the_old_files_but_never_a_file_it_did_not_write()
    {
        var input = Input();
        var outDir = _dir.Combine("out");
        CliRunner.Run("extract", input, "--out", outDir, "--format", "all").ExitCode.Should().Be(KnowledgeCommand.Success);
        Directory.GetFiles(Path.Combine(outDir, "neo4j")).Should().NotBeEmpty();
        var user = _dir.File("out/my-notes.txt", "mine");
        var userGraphMl = _dir.File("out/old/knowledge.graphml", "mine too");

        var (code, _, stderr) = CliRunner.Run("extract", input, "--out", outDir, "--format", "json");

        code.Should().Be(KnowledgeCommand.Success, stderr);
        File.Exists(Path.Combine(outDir, "knowledge.graphml")).Should().BeFalse();
        File.Exists(Path.Combine(outDir, "quotes.jsonl")).Should().BeFalse();
        File.Exists(Path.Combine(outDir, "knowledge.html")).Should().BeFalse();
        Directory.Exists(Path.Combine(outDir, "neo4j")).Should().BeFalse("the stale CSVs are gone, and their folder with them");
        File.Exists(Path.Combine(outDir, "knowledge.json")).Should().BeTrue();
        File.ReadAllText(user).Should().Be("mine");
        File.ReadAllText(userGraphMl).Should().Be("mine too");
    }

    [Fact]
    public void Export_keeps_the_same_manifest_as_extract()
    {
        var input = Input();
        var store = _dir.Combine("knowledge.db");
        var outDir = _dir.Combine("out");
        CliRunner.Run("extract", input, "--out", outDir, "--store", store).ExitCode.Should().Be(KnowledgeCommand.Success);

        var (code, _, stderr) = CliRunner.Run("export", "--store", store, "--out", outDir, "--format", "graphml");

        code.Should().Be(KnowledgeCommand.Success, stderr);
        Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Should()
            .BeEquivalentTo("knowledge.graphml", ".knowledge-manifest.json");
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("export")]
    public void Out_naming_an_existing_file_is_a_usage_error_naming_it(string command)
    {
        var input = Input();
        var file = _dir.File("not-a-folder.txt", "x");
        string[] args = command == "extract"
            ? ["extract", input, "--out", file]
            : ["export", "--store", _dir.Combine("knowledge.db"), "--out", file];

        var (code, _, stderr) = CliRunner.Run(args);

        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain($"--out {file} is a file");
        File.ReadAllText(file).Should().Be("x");
    }

    [Fact]
    public void Quotes_reads_an_output_folder_as_the_graph_it_holds()
    {
        var input = Input();
        var outDir = _dir.Combine("out");
        CliRunner.Run("extract", input, "--out", outDir).ExitCode.Should().Be(KnowledgeCommand.Success);

        var fromFolder = CliRunner.Run("quotes", outDir, "--format", "jsonl");
        var fromFile = CliRunner.Run("quotes", Path.Combine(outDir, "knowledge.json"), "--format", "jsonl");

        fromFolder.ExitCode.Should().Be(KnowledgeCommand.Success, fromFolder.StdErr);
        fromFolder.StdOut.Should().Contain("We will act").And.Be(fromFile.StdOut);
    }

    private static List<string> DocIds(string outDir)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "knowledge.json")));
        return json.RootElement.GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("type").GetString() == "Document")
            .Select(n => n.GetProperty("docId").GetString()!)
            .ToList();
    }
}
