using System.Diagnostics;
using System.Text;
using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Syntax;
using Knowledge.Tests.Ingestion;
using Xunit;
using static Knowledge.Tests.Robustness.RobustRun;

namespace Knowledge.Tests.Robustness;

/// <summary>
/// The catalogue of bad input (issue 8): each kind is read without a crash, reported with its file, record and
/// position, and the good records around it are kept and analysed. All text is invented.
/// </summary>
public sealed class BadInputCatalogueSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string GoodBefore = "The harbour board said the pier will reopen.";
    private const string GoodAfter = "Councillor Ilse Varga said the ferry resumes in May.";

    [Fact]
    public void Raw_control_characters_inside_json_strings_are_read_and_never_reach_graphml()
    {
        var controls = new string(Enumerable.Range(1, 31).Select(c => (char)c).Where(c => c != '"').ToArray());
        var path = _dir.Write("controls.json", RecordsExport(
            Record("before", GoodBefore),
            Record("controls", $"Mayor Tomas Linde{controls} said the dam{controls} holds.", title: $"Dam{controls} report"),
            Record("after", GoodAfter)));

        var load = DocumentLoader.Load([path]);

        load.Diagnostics.Should().BeEmpty();
        load.Documents.Select(d => d.Id).Should().Equal("before", "controls", "after");
        load.Documents[1].Body.Should().Contain(controls);
        var result = Analyse(load.Documents);
        ParseGraphMl(result.Graph).Should().NotContainAny(controls.Where(c => c is not ('\t' or '\n' or '\r')).Select(c => c.ToString()));
    }

    [Fact]
    public void Xml_invalid_characters_and_escaped_lone_surrogates_never_reach_graphml()
    {
        var path = _dir.Write("invalid.json", RecordsExport(
            Record("before", GoodBefore),
            Record("odd", "Director Ruth Okafor\\ud800 of the Lantern Trust said \\u0001the vote\\uFFFE counts\\uFFFF.", title: "Vote \\udc00 \\u0002 result"),
            Record("after", GoodAfter)));

        var load = DocumentLoader.Load([path]);

        load.Documents.Select(d => d.Id).Should().Equal("before", "odd", "after");
        load.Documents[1].Body.Should().Contain("Okafor\uFFFD of");
        var warnings = load.Diagnostics.ToList();
        warnings.Should().HaveCount(2).And.OnlyContain(d => d.Severity == DiagnosticSeverity.Warning);
        warnings.Should().OnlyContain(d => d.Path == path && d.RecordIndex == 1 && d.Line == 3 && d.Message.Contains("lone surrogate"));
        warnings.Select(d => d.Column).Should().OnlyContain(c => c > 1);
        var graphMl = ParseGraphMl(Analyse(load.Documents).Graph);
        graphMl.Should().NotContain("\u0001").And.NotContain("\uFFFE").And.NotContain("\uFFFF");
    }

    [Fact]
    public void Byte_order_marks_in_every_encoding_and_mid_text_are_read()
    {
        byte[] utf8Bom = [0xEF, 0xBB, 0xBF];
        var jsonl = _dir.WriteBytes("bom.jsonl", [.. utf8Bom, .. Encoding.UTF8.GetBytes("{\"id\":\"one\",\"text\":\"First.\"}\n{\"id\":\"two\",\"text\":\"Second.\"}\n")]);
        var md = _dir.WriteBytes("bom.md", [.. utf8Bom, .. Encoding.UTF8.GetBytes("# Pier reopens\n\n" + GoodBefore)]);
        var le = _dir.WriteBytes("le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Ferry news\n\n" + GoodAfter)]);
        var be = _dir.WriteBytes("be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Ferry news\n\n" + GoodAfter)]);
        var middle = _dir.Write("middle.txt", "Joined files\n\n" + GoodBefore + "\uFEFF" + GoodAfter);

        var load = DocumentLoader.Load([jsonl, md, le, be, middle]);

        load.Diagnostics.Should().BeEmpty();
        load.Documents.Select(d => d.Id).Should().Equal("one", "two", "bom", "le", "be", "middle");
        load.Documents[2].Title.Should().Be("Pier reopens");
        load.Documents[3].Body.Should().EndWith(GoodAfter).And.Be(load.Documents[4].Body);
        Analyse(load.Documents).Documents.Should().HaveCount(6);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CRLF_and_lone_CR_place_errors_on_the_right_line_in_every_format(string eol)
    {
        var jsonl = _dir.Write("eol.jsonl", string.Join(eol, "{\"id\":\"one\",\"text\":\"First.\"}", "{\"id\":\"two\",", "{\"id\":\"three\",\"text\":\"Third.\"}"));
        var md = _dir.Write("eol.md", string.Join(eol, "# Ferry resumes", "", "> " + GoodAfter, "", "- " + GoodBefore));
        var json = _dir.Write("eol.json", string.Join(eol, "{\"records\":[", Record("a", "x") + ",", "{\"fields\": nope},", Record("b", "y"), "]}"));

        var load = DocumentLoader.Load([jsonl, md, json]);

        load.Documents.Select(d => d.Id).Should().Equal("one", "three", "eol", "a", "b");
        load.Documents[1].Origin.Line.Should().Be(3);
        load.Documents[4].Origin.Line.Should().Be(4);
        load.Diagnostics.Select(d => (Path.GetFileName(d.Path), d.RecordIndex, d.Line)).Should().Equal(("eol.jsonl", 1, 2), ("eol.json", 1, 3));
        load.Diagnostics[1].Column.Should().BeInRange(12, 13, "the bad literal starts at column 12");
        var result = Analyse(load.Documents);
        result.Documents.Single(d => d.Id == "eol").Text.Should().NotContain("\r");
    }

    [Fact]
    public void Ten_megabyte_single_line_is_read_tokenized_and_split()
    {
        var line = string.Concat(Enumerable.Repeat("The river board said the levee held. ", 271_000));
        line.Length.Should().BeGreaterThan(10_000_000);
        var jsonl = _dir.Write("big.jsonl", "{\"id\":\"small\",\"text\":\"" + GoodBefore + "\"}\n{\"id\":\"big\",\"text\":\"" + line + "\"}\n");
        var txt = _dir.Write("line.txt", line);

        var sw = Stopwatch.StartNew();
        var load = DocumentLoader.Load([jsonl, txt]);
        load.Diagnostics.Should().BeEmpty();
        load.Documents.Select(d => d.Body.Length).Should().Equal(GoodBefore.Length, line.Length, line.Length);
        var text = Text.TextSpec.Analyse(load.Documents[2]);
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        text.Sentences.Should().HaveCountGreaterThanOrEqualTo(271_000);
        BrokenSpan(text).Should().BeNull();

        // The full pipeline, graph and exports on a long single-line paragraph of 20,000 sentences, each a
        // quote of a described source (it took 49 s when the quote finder walked back over the paragraph
        // for each quote).
        var slice = load.Documents[2] with { Body = line[..(20_000 * 37)] };
        var doc = Analyse([slice, load.Documents[0]]).Documents.First(d => d.Id == "line");
        doc.Sentences.Should().HaveCountGreaterThanOrEqualTo(20_000);
    }

    [Fact]
    public void Empty_files_and_empty_records_are_reported_and_skipped()
    {
        var emptyJson = _dir.Write("a-empty.json", "");
        var noRecords = _dir.Write("b-none.json", "{\"records\":[]}");
        var emptyArray = _dir.Write("c-array.json", "[ ]");
        var blankLines = _dir.Write("d-blank.jsonl", "\n\n   \n");
        var mixed = _dir.Write("e-mixed.json", RecordsExport(Record("before", GoodBefore), "{}", "null", "{\"fields\":{}}", "{\"fields\":{\"slug\":\"blank\",\"text\":\"  \"}}", Record("after", GoodAfter)));

        var load = DocumentLoader.Load([emptyJson, noRecords, emptyArray, blankLines, mixed]);

        load.Documents.Select(d => d.Id).Should().Equal("before", "after");
        load.Diagnostics.Where(d => d.Path != mixed).Select(d => (d.Path, d.Severity)).Should().Equal(
            (emptyJson, DiagnosticSeverity.Warning), (blankLines, DiagnosticSeverity.Warning));
        load.Diagnostics.Where(d => d.Path == mixed).Select(d => (d.RecordIndex, d.Line, d.Severity)).Should().Equal(
            (1, 3, DiagnosticSeverity.Error), (2, 4, DiagnosticSeverity.Error), (3, 5, DiagnosticSeverity.Error), (4, 6, DiagnosticSeverity.Error));
        Analyse(load.Documents).Documents.Should().HaveCount(2);
    }

    [Fact]
    public void Invalid_records_in_the_middle_cost_only_themselves()
    {
        var path = _dir.Write("broken.json", RecordsExport(
            Record("one", GoodBefore),
            "{\"fields\":{\"slug\":\"bad\",\"text\": unquoted words}}",
            Record("two", GoodAfter),
            "{\"fields\":{\"slug\":\"also-bad\",\"text\":\"missing brace\"}",
            Record("three", "The tribunal said the appeal was heard."),
            "{\"deep\":" + new string('[', 200) + new string(']', 200) + "}",
            Record("four", "The archive said the maps are digitised.")));

        var load = DocumentLoader.Load([path]);

        load.Documents.Select(d => d.Id).Should().Equal("one", "two", "three", "four");
        load.Documents.Select(d => d.Origin.Line).Should().Equal(2, 4, 6, 8);
        var errors = load.Diagnostics.ToList();
        errors.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error && d.Path == path);
        errors.Select(d => (d.RecordIndex, d.Line)).Should().Equal((1, 3), (3, 5), (5, 7));
        errors.Should().OnlyContain(d => d.Column > 0 && d.Message.Contains("invalid JSON"));
    }

    [Fact]
    public void Truncated_json_keeps_every_complete_record_and_names_the_cut()
    {
        var json = RecordsExport(Record("one", GoodBefore), Record("two", GoodAfter), Record("three", "The clinic said the wing opens."));
        var path = _dir.Write("cut.json", json[..json.IndexOf("The clinic", StringComparison.Ordinal)]);

        var load = DocumentLoader.Load([path]);

        load.Documents.Select(d => d.Id).Should().Equal("one", "two");
        var error = load.Diagnostics.Should().ContainSingle().Subject;
        (error.Severity, error.Path, error.RecordIndex, error.Line).Should().Be((DiagnosticSeverity.Error, path, 2, 4));
        error.ToString().Should().StartWith(path + ":4:").And.Contain("(record #2)");
    }

    [Fact]
    public void Binary_files_are_errors_and_a_stray_nul_is_only_a_warning()
    {
        var png = _dir.WriteBytes("a-image.json", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var zip = _dir.WriteBytes("b-archive.jsonl", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0xFF, 0xFE, 0x80, 0x81]);
        var good = _dir.Write("c-good.txt", "Pier news\n\n" + GoodBefore);
        var nul = _dir.Write("d-nul.json", RecordsExport(Record("with-nul", "Ferry\0 news."), Record("next", GoodAfter)));

        var load = DocumentLoader.Load([_dir.Path]);

        load.Documents.Select(d => d.Id).Should().Equal("c-good", "with-nul", "next");
        load.Diagnostics.Select(d => (Path.GetFileName(d.Path), d.Severity)).Should().Equal(
            ("a-image.json", DiagnosticSeverity.Error), ("b-archive.jsonl", DiagnosticSeverity.Error), ("d-nul.json", DiagnosticSeverity.Warning));
        load.Diagnostics[0].Message.Should().Contain("binary file");
        var warning = load.Diagnostics[2];
        (warning.Path, warning.Line).Should().Be((nul, 2));
        warning.Column.Should().Be(File.ReadAllLines(nul)[1].IndexOf('\0', StringComparison.Ordinal) + 1);
        load.Diagnostics[1].Path.Should().Be(zip);
        Analyse(load.Documents).Documents.Should().HaveCount(3);
        _ = (png, good);
    }

    [Fact]
    public void Several_nuls_in_a_short_export_do_not_make_it_binary_and_lose_its_good_record()
    {
        // A short file where a few NULs are more than 1% of its bytes: still text.
        _dir.Write("short.json", RecordsExport(Record("good", "Ferry news."), "\0\0\0"));

        var load = DocumentLoader.Load([_dir.Path]);

        load.Documents.Select(d => d.Id).Should().Contain("good");
        load.Diagnostics.Should().NotContain(d => d.Message.Contains("binary file"));
    }
}
