using System.Diagnostics;
using System.Text;
using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

/// <summary>Bad input never throws: each problem is a diagnostic naming the file, and good records are still read.</summary>
public sealed class DocumentLoaderRobustnessSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Record(string slug, string text, string extra = "") =>
        $"{{\"id\":\"rec{slug}\",\"createdTime\":\"2024-01-01T00:00:00.000Z\",\"fields\":{{\"slug\":\"{slug}\",\"title\":\"Title {slug}\",\"text\":\"{text}\"{extra}}}}}";

    private static string Export(params string[] records) => "{\"records\":[" + string.Join(",\n", records) + "]}";

    [Fact]
    public void Truncated_json_reports_file_line_and_column_and_keeps_earlier_records()
    {
        var json = Export(Record("a", "The mayor said the bridge is safe."), Record("b", "The council voted."));
        var path = _dir.Write("cut.json", json[..(json.Length - 30)]);

        var result = DocumentLoader.Load([path]);

        result.Documents.Select(d => d.Id).Should().Equal("a");
        var error = result.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error).Subject;
        error.Path.Should().Be(path);
        error.Line.Should().Be(2);
        error.Column.Should().BePositive();
        error.RecordIndex.Should().Be(1);
        error.ToString().Should().Contain("cut.json:2:");
    }

    [Fact]
    public void Syntax_error_after_raw_newlines_is_reported_at_the_original_line()
    {
        // Record text holds raw line breaks (escaped by the pre-pass), then a broken record on line 5.
        var text = "{\"records\":[\n{\"fields\":{\"slug\":\"a\",\"text\":\"One.\nTwo.\nThree.\"}},\n{\"fields\":{\"slug\":\"b\",\"text\": oops}}\n]}";
        var path = _dir.Write("raw.json", text);

        var result = DocumentLoader.Load([path]);

        result.Documents.Select(d => d.Id).Should().Equal("a");
        result.Documents[0].Body.Should().Be("One.\nTwo.\nThree.");
        var error = result.Diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        error.Line.Should().Be(5);
        error.Column.Should().BeInRange(28, 33);
    }

    [Fact]
    public void Raw_tabs_and_control_characters_in_strings_are_read()
    {
        var path = _dir.Write("tabs.json", Export(Record("a", "Col1\tCol2\u0007 end")));
        var result = DocumentLoader.Load([path]);
        result.Diagnostics.Should().BeEmpty();
        result.Documents.Single().Body.Should().Be("Col1\tCol2\u0007 end");
    }

    [Fact]
    public void Record_without_text_is_kept_by_its_title_and_one_without_both_is_skipped()
    {
        var path = _dir.Write("notext.json", Export(
            "{\"fields\":{\"slug\":\"title-only\",\"title\":\"Council passes budget\"}}",
            "{\"fields\":{\"slug\":\"nothing\",\"author\":\"Ana Cruz\"}}",
            Record("good", "The league said it welcomed the budget.")));

        var result = DocumentLoader.Load([path]);

        result.Documents.Select(d => d.Id).Should().Equal("title-only", "good");
        result.Documents[0].Body.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Warning && d.RecordIndex == 0)
            .Which.Message.Should().Contain("no text");
        result.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error && d.RecordIndex == 1)
            .Which.Path.Should().Be(path);
    }

    [Fact]
    public void Binary_file_is_an_error_and_skipped()
    {
        var bin = _dir.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        var good = _dir.Write("good.txt", "Headline\n\nBody.");

        var result = DocumentLoader.Load([bin, good]);

        result.Documents.Select(d => d.Id).Should().Equal("good");
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Path).Should().Equal(bin);
        result.Diagnostics.Should().OnlyContain(d => d.Message.Contains("binary file"));
    }

    [Fact]
    public void Empty_file_is_a_warning_without_documents()
    {
        var empty = _dir.Write("empty.json", "");
        var blank = _dir.Write("blank.txt", " \n\n ");
        var result = DocumentLoader.Load([empty, blank]);
        result.Documents.Should().BeEmpty();
        result.Diagnostics.Select(d => (d.Severity, d.Path, d.Message)).Should().Equal(
            (DiagnosticSeverity.Warning, empty, "empty file"), (DiagnosticSeverity.Warning, blank, "empty file"));
    }

    [Fact]
    public void Utf8_bom_is_stripped()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var txt = _dir.WriteBytes("bom.txt", [.. bom, .. Encoding.UTF8.GetBytes("Flood sirens installed\n\nThe mayor said so.")]);
        var json = _dir.WriteBytes("bom.json", [.. bom, .. Encoding.UTF8.GetBytes(Export(Record("a", "Text.")))]);

        var result = DocumentLoader.Load([txt, json]);

        result.Diagnostics.Should().BeEmpty();
        result.Documents[0].Body.Should().StartWith("Flood sirens");
        result.Documents[0].Body.IndexOf("mayor", StringComparison.Ordinal).Should().Be(28, "offsets count characters after the BOM");
        result.Documents[0].Title.Should().Be("Flood sirens installed");
        result.Documents[1].Id.Should().Be("a");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CRLF_and_lone_CR_line_endings_in_text_and_json(string eol)
    {
        var txt = _dir.Write("eol.txt", string.Join(eol, "FOR IMMEDIATE RELEASE", "", "Court jails recruiter", "Published: 2024-03-05", "", "Body."));
        var json = _dir.Write("eol.json", "{\"records\":[" + eol + Record("a", "x") + "," + eol + Record("b", "y") + eol + "]}");
        var bad = _dir.Write("bad.json", "{\"records\":[" + eol + Record("a2", "x") + "," + eol + "{\"fields\": ]" + eol + "]}");

        var result = DocumentLoader.Load([txt, json, bad]);

        result.Documents.Select(d => d.Id).Should().Equal("eol", "a", "b", "a2");
        result.Documents[0].Title.Should().Be("Court jails recruiter");
        result.Documents[0].Published.Should().Be(new DateOnly(2024, 3, 5));
        result.Documents[2].Origin.Line.Should().Be(3);
        var error = result.Diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        (error.Path, error.Line, error.Column).Should().Be((bad, 3, 12));
    }

    [Fact]
    public void Five_megabyte_single_lines_read_in_reasonable_time()
    {
        var big = string.Concat(Enumerable.Repeat("The league said the court acted. ", 160_000));
        big.Length.Should().BeGreaterThan(5_000_000);
        var txt = _dir.Write("big.txt", big);
        var json = _dir.Write("big.json", Export(Record("big-record", big.Replace("acted. ", "acted.\t"))));
        var jsonl = _dir.Write("big.jsonl", "{\"id\":\"line\",\"text\":\"" + big + "\"}\n");

        var sw = Stopwatch.StartNew();
        var result = DocumentLoader.Load([txt, json, jsonl]);
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));

        result.Diagnostics.Should().BeEmpty();
        result.Documents.Select(d => d.Body.Length).Should().Equal(big.Length, big.Length, big.Length);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var path = _dir.Write("extra.json", Export(Record("a", "Text.", ",\"img\":\"https://example.org/x.jpg\",\"ForUpdates\":true,\"nested\":{\"k\":[1,2]}")));
        var result = DocumentLoader.Load([path]);
        result.Diagnostics.Should().BeEmpty();
        result.Documents.Single().Id.Should().Be("a");
    }

    [Fact]
    public void Invalid_json_on_one_json_lines_line_skips_only_that_record()
    {
        var path = _dir.Write("feed.jsonl", string.Join("\n",
            "{\"id\":\"one\",\"title\":\"One\",\"text\":\"First.\"}",
            "{\"id\":\"two\",\"title\":\"Two\",\"text\":\"Second.\"",
            "",
            "{\"id\":\"three\",\"title\":\"Three\",\"text\":\"Third.\"}"));

        var result = DocumentLoader.Load([path]);

        result.Documents.Select(d => d.Id).Should().Equal("one", "three");
        result.Documents[1].Origin.Should().Be(new DocumentOrigin(path, 2, 4));
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        (error.Severity, error.Path, error.RecordIndex, error.Line).Should().Be((DiagnosticSeverity.Error, path, 1, 2));
        error.ToString().Should().StartWith(path + ":2:");
    }

    [Fact]
    public void Directory_mixing_good_and_bad_files_reads_all_good_ones_in_ordinal_order()
    {
        _dir.Write("b/2.md", "---\ntitle: Two\n---\nSecond.");
        _dir.Write("a.json", Export(Record("one", "First.")));
        _dir.Write("B.txt", "Capital B\n\nThird.");
        _dir.Write("c.jsonl", "{\"id\":\"four\",\"text\":\"Fourth.\"}\nnot json\n");
        _dir.WriteBytes("d.txt", [0, 1, 2, 3]);
        _dir.Write("e.json", "{\"records\":[");
        _dir.Write("notes.csv", "ignored,silently");

        var result = DocumentLoader.Load([_dir.Path]);

        result.Documents.Select(d => d.Id).Should().Equal("B", "one", "2", "four");
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Path.GetFileName(d.Path))
            .Should().Equal("c.jsonl", "d.txt", "e.json");
        result.Diagnostics.Should().NotContain(d => d.Path.EndsWith("notes.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_path_is_an_error_naming_it()
    {
        var missing = Path.Combine(_dir.Path, "nope.json");
        var good = _dir.Write("ok.txt", "Headline\n\nBody.");
        var result = DocumentLoader.Load([missing, good]);
        result.Documents.Should().ContainSingle();
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        (error.Severity, error.Path).Should().Be((DiagnosticSeverity.Error, missing));
        error.ToString().Should().Contain("nope.json");
    }
}

