using System.Text.Json;
using FluentAssertions;
using Knowledge.Cli;
using Knowledge.Export;
using Knowledge.Tests.Query;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>`knowledge stats` and `knowledge path` over a saved graph (the hand-built one of <see cref="AnalyticsGraphs"/>).</summary>
public sealed class AnalyticsCommandSpecs : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _graph;

    public AnalyticsCommandSpecs()
    {
        _graph = GraphExporter.Write(AnalyticsGraphs.Build(), _dir.Path, ExportFormats.Json)[0];
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Stats_as_json_counts_types_components_and_ranks_people_and_organisations()
    {
        var (code, stdout, stderr) = CliRunner.Run("stats", _graph, "--format", "json", "--top", "2");

        code.Should().Be(KnowledgeCommand.Success, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("nodes").GetProperty("Person").GetInt32().Should().Be(3);
        root.GetProperty("edges").GetProperty("MENTIONS").GetInt32().Should().Be(8);
        root.GetProperty("components").GetProperty("count").GetInt32().Should().Be(2);
        root.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("label").GetString()).Should().Equal("Ana Lima", "Ben Ortiz");
        root.GetProperty("organizations").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Stats_without_documents_leave_out_documents_and_the_edges_that_touch_them()
    {
        var (code, stdout, _) = CliRunner.Run("stats", _graph, "-f", "json", "--without-documents", "--rank-by", "pagerank");

        code.Should().Be(KnowledgeCommand.Success);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("includesDocuments").GetBoolean().Should().BeFalse();
        root.GetProperty("nodes").TryGetProperty("Document", out _).Should().BeFalse();
        root.GetProperty("edges").TryGetProperty("MENTIONS", out _).Should().BeFalse();
        root.GetProperty("rankedBy").GetString().Should().Be("pagerank");
    }

    [Fact]
    public void Stats_of_an_empty_graph_say_it_is_empty_rather_than_print_an_empty_list()
    {
        using var empty = new TempDir();
        string graph = GraphExporter.Write(new Knowledge.Graph.KnowledgeGraphBuilder().Build(), empty.Path, ExportFormats.Json)[0];

        var (code, stdout, stderr) = CliRunner.Run("stats", graph);

        code.Should().Be(KnowledgeCommand.Success, stderr);
        stdout.Should().Contain("Connected components: 0 (the graph is empty).").And.NotContain("largest: ;");
    }

    [Fact]
    public void Stats_as_a_table_are_the_same_on_every_run()
    {
        var first = CliRunner.Run("stats", _graph);
        var second = CliRunner.Run("stats", _graph);

        first.ExitCode.Should().Be(KnowledgeCommand.Success);
        first.StdOut.Should().Contain("most connected people").And.Contain("Ana Lima").And.Contain("Connected components: 2");
        second.StdOut.Should().Be(first.StdOut);
    }

    [Fact]
    public void Path_follows_extracted_relations_and_names_every_step()
    {
        var (code, stdout, stderr) = CliRunner.Run("path", "Dr. Lima", "valley bank", _graph, "--format", "json");

        code.Should().Be(KnowledgeCommand.Success, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("length").GetInt32().Should().Be(5);
        root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())
            .Should().StartWith(AnalyticsGraphs.Ana).And.EndWith(AnalyticsGraphs.Valley);
        root.GetProperty("edges")[0].GetProperty("type").GetString().Should().Be("SAID");

        var table = CliRunner.Run("path", "Lima", "Valley Bank", _graph);
        table.StdOut.Should().Contain("Ana Lima → Valley Bank: 5 steps").And.Contain("said →").And.Contain("← about");
    }

    [Fact]
    public void An_ambiguous_name_takes_the_best_match_and_lists_the_others()
    {
        var (code, _, stderr) = CliRunner.Run("path", "Harbor", "Ana Lima", _graph, "--through-documents");

        code.Should().Be(KnowledgeCommand.Success);
        stderr.Should().Contain("Harbor Trust Fund (organization:harbor-trust-fund)").And.Contain("also matches Harbor Trust");
    }

    [Fact]
    public void An_unknown_name_or_no_path_exits_4_with_a_hint_to_go_through_documents()
    {
        var unknown = CliRunner.Run("path", "Zelda Quist", "Ana Lima", _graph);
        unknown.ExitCode.Should().Be(KnowledgeCommand.NotFound);
        unknown.StdErr.Should().Contain("no entity is named \"Zelda Quist\"");

        var none = CliRunner.Run("path", "Cara Nolan", "Ana Lima", _graph);
        none.ExitCode.Should().Be(KnowledgeCommand.NotFound);
        none.StdErr.Should().Contain("no path between Cara Nolan and Ana Lima").And.Contain("--through-documents");
        CliRunner.Run("path", "Cara Nolan", "Ana Lima", _graph, "--through-documents").ExitCode.Should().Be(KnowledgeCommand.Success);
    }

    [Theory]
    [InlineData("stats", "--rank-by", "fame")]
    [InlineData("stats", "--format", "xml")]
    [InlineData("stats", "--top", "-1")]
    [InlineData("path")]
    public void Bad_arguments_are_usage_errors(params string[] args)
    {
        CliRunner.Run([.. args, _graph]).ExitCode.Should().Be(KnowledgeCommand.UsageError);
    }
}
