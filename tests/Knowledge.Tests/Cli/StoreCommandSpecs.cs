using FluentAssertions;
using Knowledge.Cli;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>
/// `--store`: extract adds to a store and writes the store's whole graph, so extracting A then B gives the files of
/// extracting A and B in one run; export, quotes, stats and path read a store; a store that cannot be opened is a
/// clear message and exit code, never a stack trace.
/// </summary>
public sealed class StoreCommandSpecs : IDisposable
{
    private static readonly string[] PartA = ["articles.jsonl", "feature.md"];
    private static readonly string[] PartB = ["flat-array.json", "press-release.txt", "records.json"];

    private readonly TempDir _dir = new();

    public StoreCommandSpecs()
    {
        foreach (var name in PartA) CopySample(name, "a");
        foreach (var name in PartB) CopySample(name, "b");
    }

    public void Dispose() => _dir.Dispose();

    private string A => _dir.Combine("a");

    private string B => _dir.Combine("b");

    private string Store => _dir.Combine("knowledge.db");

    private void CopySample(string name, string folder)
    {
        Directory.CreateDirectory(_dir.Combine(folder));
        File.Copy(Path.Combine(TestPaths.Samples, name), _dir.Combine(folder, name));
    }

    private (int ExitCode, string StdOut, string StdErr) Extract(string output, params string[] inputs) =>
        CliRunner.Run(["extract", .. inputs, "--out", _dir.Combine(output), "--format", "json,graphml", "--store", Store]);

    private byte[] Bytes(params string[] path) => File.ReadAllBytes(_dir.Combine(path));

    [Fact]
    public void Extracting_A_then_B_into_a_store_writes_the_files_of_extracting_A_and_B_at_once()
    {
        var oneShot = CliRunner.Run("extract", A, B, "--out", _dir.Combine("one-shot"), "--format", "json,graphml");
        var first = Extract("after-a", A);
        var second = Extract("after-b", B);

        oneShot.ExitCode.Should().Be(KnowledgeCommand.Success, oneShot.StdErr);
        first.ExitCode.Should().Be(KnowledgeCommand.Success, first.StdErr);
        second.ExitCode.Should().Be(KnowledgeCommand.Success, second.StdErr);
        Bytes("after-b", "knowledge.json").Should().Equal(Bytes("one-shot", "knowledge.json"));
        Bytes("after-b", "knowledge.graphml").Should().Equal(Bytes("one-shot", "knowledge.graphml"));
        Bytes("after-a", "knowledge.json").Should().NotEqual(Bytes("one-shot", "knowledge.json"), "the first step holds A alone");
    }

    [RequiresSharedFact]
    public void The_shared_corpus_split_in_two_JSON_Lines_files_and_added_one_after_the_other_gives_the_one_run_files()
    {
        var documents = Knowledge.Ingestion.DocumentLoader.Load([TestPaths.CorpusDir]).Documents;
        var odd = WriteJsonLines("split/odd.jsonl", documents.Where((_, i) => i % 2 == 1));
        var even = WriteJsonLines("split/even.jsonl", documents.Where((_, i) => i % 2 == 0));

        var oneShot = CliRunner.Run("extract", even, odd, "--out", _dir.Combine("one-shot"), "--format", "json,graphml");
        Extract("stored", odd).ExitCode.Should().Be(KnowledgeCommand.Success);
        var second = Extract("stored", even);

        oneShot.ExitCode.Should().Be(KnowledgeCommand.Success, oneShot.StdErr);
        second.ExitCode.Should().Be(KnowledgeCommand.Success, second.StdErr);
        documents.Length.Should().BeGreaterThan(10);
        Bytes("stored", "knowledge.json").Should().Equal(Bytes("one-shot", "knowledge.json"));
        Bytes("stored", "knowledge.graphml").Should().Equal(Bytes("one-shot", "knowledge.graphml"));
    }

    // One record a line with the fields the JSON Lines reader maps back (id, title, date, text, …).
    private string WriteJsonLines(string name, IEnumerable<Knowledge.Ingestion.SourceDocument> documents)
    {
        var lines = documents.Select(d => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = d.Id,
            ["title"] = d.Title,
            ["description"] = d.Description,
            ["imageCaption"] = d.ImageCaption,
            ["author"] = d.Author,
            ["published"] = d.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["tags"] = d.Tags.ToArray(),
            ["text"] = d.Body,
        }));
        return _dir.File(name, string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void The_batch_size_changes_how_documents_are_written_not_the_graph()
    {
        var small = CliRunner.Run("extract", A, B, "--out", _dir.Combine("small"), "--format", "json", "--store", _dir.Combine("small.db"), "--batch", "1");
        var large = CliRunner.Run("extract", A, B, "--out", _dir.Combine("large"), "--format", "json", "--store", _dir.Combine("large.db"), "--batch", "500");
        var zero = CliRunner.Run("extract", A, "--store", Store, "--batch", "0");

        small.ExitCode.Should().Be(KnowledgeCommand.Success, small.StdErr);
        large.ExitCode.Should().Be(KnowledgeCommand.Success, large.StdErr);
        Bytes("small", "knowledge.json").Should().Equal(Bytes("large", "knowledge.json"));
        zero.ExitCode.Should().Be(KnowledgeCommand.UsageError);
        zero.StdErr.Should().Contain("--batch must be 1 or more");
    }

    [Fact]
    public void Extracting_B_then_A_gives_the_same_files_as_A_then_B()
    {
        Extract("ab", A);
        Extract("ab", B);
        File.Delete(Store);
        Extract("ba", B);
        Extract("ba", A);

        Bytes("ba", "knowledge.json").Should().Equal(Bytes("ab", "knowledge.json"));
        Bytes("ba", "knowledge.graphml").Should().Equal(Bytes("ab", "knowledge.graphml"));
    }

    [Fact]
    public void Re_running_an_unchanged_extract_says_nothing_changed_and_writes_the_same_graph()
    {
        var first = Extract("first", A, B);
        var again = Extract("again", A, B);

        first.StdOut.Should().Contain("Documents added").And.NotContain("Nothing changed");
        again.ExitCode.Should().Be(KnowledgeCommand.Success, again.StdErr);
        again.StdOut.Should().Contain("Nothing changed");
        again.StdOut.Should().MatchRegex(@"Documents added\s*│\s*0\s*│");
        Bytes("again", "knowledge.json").Should().Equal(Bytes("first", "knowledge.json"));
    }

    [Fact]
    public void A_changed_document_is_replaced_and_the_graph_is_that_of_the_changed_input()
    {
        Extract("before", A);
        var feature = _dir.Combine("a", "feature.md");
        File.WriteAllText(feature, File.ReadAllText(feature).Replace("Baptista", "Okonkwo", StringComparison.Ordinal));

        var again = Extract("after", A);
        var oneShot = CliRunner.Run("extract", A, "--out", _dir.Combine("one-shot"), "--format", "json,graphml");

        again.ExitCode.Should().Be(KnowledgeCommand.Success, again.StdErr);
        again.StdOut.Should().MatchRegex(@"Documents replaced \(changed\)\s*│\s*1\s*│").And.NotContain("Nothing changed");
        Bytes("after", "knowledge.json").Should().Equal(Bytes("one-shot", "knowledge.json"));
        Bytes("after", "knowledge.json").Should().NotEqual(Bytes("before", "knowledge.json"));
    }

    [Fact]
    public void A_bad_record_is_reported_with_its_line_and_the_good_ones_are_stored_as_is_standard_input()
    {
        var feed = _dir.File("feed.jsonl", "{\"id\":\"good\",\"title\":\"Bridge\",\"text\":\"The mayor, Ana Cruz, said the bridge is safe.\"}\n{broken\n");

        var (code, stdout, stderr) = CliRunner.RunWithInput("Harbour notes\n\nThe council met.", "extract", feed, "-", "--out", _dir.Combine("out"), "--format", "json", "--store", Store);

        code.Should().Be(KnowledgeCommand.PartialSuccess);
        stderr.Should().Contain($"{feed}:2:").And.Contain("record skipped");
        stdout.Should().MatchRegex(@"Documents added\s*│\s*2\s*│").And.MatchRegex(@"Errors \(skipped\)\s*│\s*1\s*│");
        File.ReadAllText(_dir.Combine("out", "knowledge.json")).Should().Contain("\"good\"").And.Contain("\"stdin\"");
    }

    [Fact]
    public void Export_writes_any_format_from_the_store()
    {
        Extract("extracted", A, B);

        var (code, stdout, stderr) = CliRunner.Run("export", "--store", Store, "--out", _dir.Combine("exported"), "--format", "json,graphml,jsonl");

        code.Should().Be(KnowledgeCommand.Success, stderr);
        stdout.Should().Contain("knowledge.json").And.Contain("quotes.jsonl");
        Bytes("exported", "knowledge.json").Should().Equal(Bytes("extracted", "knowledge.json"));
        Bytes("exported", "knowledge.graphml").Should().Equal(Bytes("extracted", "knowledge.graphml"));
        File.Exists(_dir.Combine("exported", "quotes.jsonl")).Should().BeTrue();
    }

    [Fact]
    public void Quotes_stats_and_path_read_a_store_as_they_read_the_saved_graph()
    {
        Extract("out", A, B);
        var saved = _dir.Combine("out", "knowledge.json");

        CliRunner.Run("quotes", "--store", Store, "-f", "json").Should().Be(CliRunner.Run("quotes", saved, "-f", "json"));
        CliRunner.Run("stats", "--store", Store, "-f", "json").Should().Be(CliRunner.Run("stats", saved, "-f", "json"));
        var path = CliRunner.Run("path", "Baptista", "Safe Harbor", "--store", Store, "--through-documents", "-f", "json");
        path.Should().Be(CliRunner.Run("path", "Baptista", "Safe Harbor", saved, "--through-documents", "-f", "json"));
        path.ExitCode.Should().Be(KnowledgeCommand.Success, path.StdErr);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_named_in_a_clear_error_without_a_stack_trace()
    {
        var notAStore = _dir.File("notes.db", "These are notes, not a database.\n");

        var extract = CliRunner.Run("extract", A, "--store", notAStore, "--out", _dir.Combine("out"));
        var stats = CliRunner.Run("stats", "--store", notAStore);

        foreach (var (code, _, stderr) in new[] { extract, stats })
        {
            code.Should().Be(KnowledgeCommand.StoreError);
            stderr.Should().Contain($"cannot use store {notAStore}").And.NotContain("   at ");
        }
        File.ReadAllText(notAStore).Should().Be("These are notes, not a database.\n");
    }

    [Fact]
    public void Reading_a_store_that_does_not_exist_is_an_error_and_creates_nothing()
    {
        var missing = _dir.Combine("missing.db");

        var export = CliRunner.Run("export", "--store", missing, "--out", _dir.Combine("out"));
        var quotes = CliRunner.Run("quotes", "--store", missing);

        export.ExitCode.Should().Be(KnowledgeCommand.StoreError);
        export.StdErr.Should().Contain($"cannot open store {missing}: no such file");
        quotes.ExitCode.Should().Be(KnowledgeCommand.StoreError);
        File.Exists(missing).Should().BeFalse();
    }

    [Fact]
    public void Export_needs_a_store_and_quotes_needs_inputs_or_a_store()
    {
        var export = CliRunner.Run("export", "--out", _dir.Combine("out"));
        var quotes = CliRunner.Run("quotes", "--speaker", "Baptista");

        export.ExitCode.Should().Be(KnowledgeCommand.UsageError);
        export.StdErr.Should().Contain("--store");
        quotes.ExitCode.Should().Be(KnowledgeCommand.UsageError);
        quotes.StdErr.Should().Contain("--store");
    }
}
