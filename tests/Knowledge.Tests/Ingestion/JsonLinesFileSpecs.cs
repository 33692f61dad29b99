using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

/// <summary>
/// A JSON Lines file read line by line: clean lines are parsed from their bytes, damaged ones leniently, and each
/// record keeps its index and line whichever way it was read.
/// </summary>
public sealed class JsonLinesFileSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Line(string id, string text) => $"{{\"id\":\"{id}\",\"title\":\"Title {id}\",\"text\":\"{text}\"}}";

    [Fact]
    public void A_line_with_raw_control_characters_and_a_clean_line_both_load()
    {
        var path = _dir.Write("mixed.jsonl", string.Join("\n",
            Line("raw", "Before\ta raw tab and a bell\u0007."),
            Line("clean", "A clean line about the harbour.")));

        var result = DocumentLoader.Load([path]);

        result.Diagnostics.Should().BeEmpty();
        result.Documents.Select(d => (d.Id, d.Body)).Should().Equal(
            ("raw", "Before\ta raw tab and a bell\u0007."),
            ("clean", "A clean line about the harbour."));
        result.Documents.Select(d => d.Origin).Should().Equal(new DocumentOrigin(path, 0, 1), new DocumentOrigin(path, 1, 2));
    }

    [Fact]
    public void A_damaged_line_between_clean_ones_is_skipped_with_its_file_record_and_position()
    {
        var path = _dir.Write("damaged.jsonl", string.Join("\n",
            Line("first", "The ferry left on time."),
            "",
            "{\"id\":\"broken\",\"text\":\"Raw\ttab\", oops}",
            Line("last", "The ferry came back late.")));

        var result = DocumentLoader.Load([path]);

        result.Documents.Select(d => d.Id).Should().Equal("first", "last");
        result.Documents[1].Origin.Should().Be(new DocumentOrigin(path, 2, 4));
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        (error.Severity, error.Path, error.RecordIndex, error.Line).Should().Be((DiagnosticSeverity.Error, path, 1, 3));
        // Counted in the line as written: the raw tab is one character, not the two of its escape.
        error.Column.Should().Be(34); // the "o" of "oops"
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_warned_of_and_its_record_kept()
    {
        var path = _dir.Write("surrogate.jsonl", string.Join("\n",
            Line("clean", "Nothing odd here."),
            Line("half", "Half \\uDC00 pair."),
            Line("pair", "A whole \\uD83D\\uDE00 pair.")));

        var result = DocumentLoader.Load([path]);

        result.Documents.Select(d => d.Body).Should().Equal("Nothing odd here.", "Half \uFFFD pair.", "A whole \U0001F600 pair.");
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        (warning.Severity, warning.RecordIndex, warning.Line).Should().Be((DiagnosticSeverity.Warning, 1, 2));
    }

    [Fact]
    public void A_file_of_blank_lines_is_empty_and_a_record_that_is_not_an_object_is_skipped()
    {
        var blank = _dir.Write("blank.jsonl", "  \n\n   \n");
        var scalar = _dir.Write("scalar.jsonl", "42\n" + Line("kept", "Kept."));

        var blankResult = DocumentLoader.Load([blank]);
        var scalarResult = DocumentLoader.Load([scalar]);

        blankResult.Documents.Should().BeEmpty();
        blankResult.Diagnostics.Should().ContainSingle(d => d.Message == "empty file");
        scalarResult.Documents.Single().Origin.Should().Be(new DocumentOrigin(scalar, 1, 2));
        scalarResult.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error && d.RecordIndex == 0);
    }
}
