using FluentAssertions;
using Knowledge.Cli;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>Help and usage errors: everything System.CommandLine handles before any input is read.</summary>
public sealed class CommandLineSpecs
{
    [Fact]
    public void Help_lists_the_extract_command()
    {
        var (code, stdout, _) = CliRunner.Run("--help");

        code.Should().Be(KnowledgeCommand.Success);
        stdout.Should().Contain("extract").And.Contain("knowledge [command]");
    }

    [Fact]
    public void Extract_help_lists_its_options()
    {
        var (code, stdout, _) = CliRunner.Run("extract", "--help");

        code.Should().Be(KnowledgeCommand.Success);
        stdout.Should().Contain("<inputs>")
            .And.Contain("--out")
            .And.Contain("--format")
            .And.Contain("--yed")
            .And.Contain("--stats")
            .And.Contain("--quiet");
    }

    [Fact]
    public void Extract_without_inputs_is_a_usage_error()
    {
        var (code, stdout, stderr) = CliRunner.Run("extract");

        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain("inputs").And.Contain("--help");
        stdout.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_naming_the_value()
    {
        var (code, _, stderr) = CliRunner.Run("extract", "whatever.json", "--format", "xml");

        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain("'xml'").And.Contain("json").And.Contain("graphml").And.Contain("all");
    }

    [Theory]
    [InlineData("extract", "a.json", "--bogus")]
    [InlineData("extract", "--bogus", "a.json")]
    [InlineData("extract", "a.json", "-x")]
    public void An_unknown_option_is_a_usage_error(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(args);

        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain("Unknown option");
    }

    [Fact]
    public void An_option_without_its_value_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("extract", "a.json", "--out");

        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain("--out");
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run();

        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain("knowledge --help");
    }

    [Theory]
    [InlineData("json", Knowledge.Export.ExportFormats.Json)]
    [InlineData("GraphML", Knowledge.Export.ExportFormats.GraphMl)]
    [InlineData("all", Knowledge.Export.ExportFormats.All)]
    [InlineData("jsonl", Knowledge.Export.ExportFormats.JsonLines)]
    [InlineData("neo4j", Knowledge.Export.ExportFormats.Neo4j)]
    [InlineData("HTML", Knowledge.Export.ExportFormats.Html)]
    [InlineData("json,html", Knowledge.Export.ExportFormats.Json | Knowledge.Export.ExportFormats.Html)]
    [InlineData("json, Neo4j", Knowledge.Export.ExportFormats.Json | Knowledge.Export.ExportFormats.Neo4j)]
    [InlineData("graphml,all", Knowledge.Export.ExportFormats.All)]
    public void Format_names_map_to_export_formats(string name, Knowledge.Export.ExportFormats expected) =>
        Knowledge.Cli.Commands.ExtractCommand.ParseFormat(name).Should().Be(expected);

    [Theory]
    [InlineData("json,xml")]
    [InlineData("json,")]
    [InlineData("")]
    public void A_format_set_with_an_unknown_or_empty_name_is_rejected(string value) =>
        Knowledge.Cli.Commands.ExtractCommand.ParseFormat(value).Should().BeNull();
}
