using System.Text.Json;
using FluentAssertions;
using Knowledge.Cli;
using Xunit;

namespace Knowledge.Tests.Cli;

public class QuotesCommandSpecs
{
    private const string Article = """
        ---
        title: Library news
        date: 2024-05-06
        ---
        Marisol Ferreira, Executive Director of the Harbor Literacy Foundation, spoke at the opening of the new reading room.

        “Every child in the district will have a library card by the end of the year, and every school a reading room,” Ferreira said.

        “We are grateful to the volunteers who painted every wall of this building,” said Timoteo Vasquez.
        """;

    private static JsonElement[] Json(string stdout) => JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToArray();

    [Fact]
    public void Json_lists_each_quote_with_speaker_role_date_and_offsets()
    {
        using var dir = new TempDir();
        dir.File("library.md", Article);
        var (code, stdout, stderr) = CliRunner.Run("quotes", dir.Path, "--format", "json");
        code.Should().Be(KnowledgeCommand.Success, stderr);
        var first = Json(stdout).First();
        first.GetProperty("speaker").GetString().Should().Be("Marisol Ferreira");
        first.GetProperty("role").GetString().Should().Be("Executive Director");
        first.GetProperty("organization").GetString().Should().Be("Harbor Literacy Foundation");
        first.GetProperty("date").GetString().Should().Be("2024-05-06");
        first.GetProperty("dateSource").GetString().Should().Be("published");
        first.GetProperty("text").GetString().Should().StartWith("Every child in the district");
        first.GetProperty("spans")[0].GetProperty("start").GetInt32().Should().BePositive();
    }

    [Fact]
    public void Speaker_filters_by_surname()
    {
        using var dir = new TempDir();
        dir.File("library.md", Article);
        var (_, stdout, _) = CliRunner.Run("quotes", dir.Path, "--speaker", "Vasquez", "-f", "json");
        Json(stdout).Select(q => q.GetProperty("speaker").GetString()).Should().Equal("Timoteo Vasquez");
    }

    [Fact]
    public void A_saved_graph_gives_the_same_answers_as_the_texts()
    {
        using var dir = new TempDir();
        dir.File("in/library.md", Article);
        CliRunner.Run("extract", dir.Combine("in"), "--out", dir.Combine("out"), "-q").ExitCode.Should().Be(KnowledgeCommand.Success);
        var fromTexts = CliRunner.Run("quotes", dir.Combine("in"), "-f", "json").StdOut;
        var fromGraph = CliRunner.Run("quotes", dir.Combine("out", "knowledge.json"), "-f", "json");
        fromGraph.ExitCode.Should().Be(KnowledgeCommand.Success, fromGraph.StdErr);
        fromGraph.StdOut.Should().Be(fromTexts);
        Json(fromGraph.StdOut).Should().HaveCount(2);
    }

    [Fact]
    public void Csv_has_a_header_and_quotes_fields_with_commas()
    {
        using var dir = new TempDir();
        dir.File("library.md", Article);
        var lines = CliRunner.Run("quotes", dir.Path, "-f", "csv").StdOut.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("date,dateSource,speaker,role,organization,kind,text,docId,start,end,about,sourceField,sourceStart,sourceEnd,sourceLine,sourceColumn");
        lines.Should().HaveCount(3);
        lines[1].Should().Contain("\"Every child in the district will have a library card by the end of the year, and every school a reading room\"");
    }

    [Fact]
    public void Csv_source_offsets_slice_the_quote_out_of_the_file_itself()
    {
        using var dir = new TempDir();
        string path = dir.File("library.md", Article);
        var lines = CliRunner.Run("quotes", dir.Path, "-f", "csv").StdOut.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var row = System.Text.RegularExpressions.Regex.Match(lines[1], @",body,(\d+),(\d+),(\d+),(\d+)$");

        row.Success.Should().BeTrue(lines[1]);
        int start = int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        int end = int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        string file = File.ReadAllText(path);
        file[start..end].Should().Contain("Every child in the district will have a library card");
        int line = int.Parse(row.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        line.Should().Be(file[..start].Count(c => c == '\n') + 1);
    }

    [Fact]
    public void The_table_shows_speaker_role_and_a_count()
    {
        using var dir = new TempDir();
        dir.File("library.md", Article);
        var (code, stdout, _) = CliRunner.Run("quotes", dir.Path);
        code.Should().Be(KnowledgeCommand.Success);
        stdout.Should().Contain("Marisol Ferreira").And.Contain("Executive Director").And.Contain("2 quotes.");
        stdout.Should().NotContain("\u001b[", "redirected output carries no ANSI codes");
    }

    [Fact]
    public void Nothing_matching_says_so()
    {
        using var dir = new TempDir();
        dir.File("library.md", Article);
        CliRunner.Run("quotes", dir.Path, "--about", "Clean Rivers Act").StdOut.Should().Contain("No quotes match.");
    }

    [Theory]
    [InlineData("--from", "May 2024")]
    [InlineData("--to", "2024-13-01")]
    [InlineData("--format", "xml")]
    [InlineData("--kind", "sarcastic")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        using var dir = new TempDir();
        dir.File("library.md", Article);
        var (code, _, stderr) = CliRunner.Run("quotes", dir.Path, option, value);
        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain(value);
    }

    [Fact]
    public void A_reversed_date_range_is_a_usage_error_naming_both_dates()
    {
        using var dir = new TempDir();
        dir.File("library.md", Article);
        var (code, stdout, stderr) = CliRunner.Run("quotes", dir.Path, "--from", "2024-06", "--to", "2024-03-15");
        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain("--from 2024-06 is after --to 2024-03-15");
        stdout.Should().BeEmpty();
    }

    [Fact]
    public void A_range_within_one_month_given_as_the_month_and_a_day_of_it_is_no_error()
    {
        using var dir = new TempDir();
        dir.File("library.md", Article);
        var (code, stdout, stderr) = CliRunner.Run("quotes", dir.Path, "--from", "2024-05", "--to", "2024-05-06", "-f", "json");
        code.Should().Be(KnowledgeCommand.Success, stderr);
        Json(stdout).Should().NotBeEmpty();
    }

    [Fact]
    public void A_broken_saved_graph_is_reported_by_name_and_the_rest_still_answers()
    {
        using var dir = new TempDir();
        var broken = dir.File("broken.json", """{ "nodes": [ { "id": "x", "type": "NotAType" } ], "edges": [] }""");
        dir.File("texts/library.md", Article);
        var (code, stdout, stderr) = CliRunner.Run("quotes", broken, dir.Combine("texts"), "-f", "json");
        code.Should().Be(KnowledgeCommand.PartialSuccess);
        stderr.Should().Contain(broken);
        Json(stdout).Should().HaveCount(2);
    }

    [Fact]
    public void Jsonl_writes_one_quote_a_line()
    {
        using var dir = new TempDir();
        dir.File("library.md", Article);
        var lines = CliRunner.Run("quotes", dir.Path, "-f", "jsonl").StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("speaker").GetString()).Should().Equal("Marisol Ferreira", "Timoteo Vasquez");
    }
}
