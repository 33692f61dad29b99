using System.Text.Json;
using FluentAssertions;
using Knowledge.Cli;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>
/// `--curation FILE` on extract (with or without a store) and export applies names merged or split by hand;
/// a bad file is a usage error naming the file, line and column, before anything is read or written.
/// </summary>
public sealed class CurationOptionSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public CurationOptionSpecs()
    {
        _dir.File("in/harbor.md", "Lena Ostrow opened the new ferry pier on Monday.");
        _dir.File("in/river.md", "Magdalena Ostrow-Vale chaired the river council on Tuesday.");
        _dir.File("rules.txt", "# one person\nmerge person: Lena Ostrow | Magdalena Ostrow-Vale\n");
    }

    public void Dispose() => _dir.Dispose();

    private List<string> People(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(_dir.Combine(folder, "knowledge.json")));
        return [.. json.RootElement.GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("type").GetString() == "Person").Select(n => n.GetProperty("label").GetString()!)];
    }

    [Fact]
    public void Extract_with_a_curation_file_merges_the_names_it_lists()
    {
        var run = CliRunner.Run("extract", _dir.Combine("in"), "--out", _dir.Combine("out"), "--format", "json", "-q", "--curation", _dir.Combine("rules.txt"));
        run.ExitCode.Should().Be(KnowledgeCommand.Success, run.StdErr);
        People("out").Should().ContainSingle().Which.Should().Contain("Ostrow");
    }

    [Fact]
    public void Export_from_a_store_applies_the_curation_given_to_it()
    {
        var store = _dir.Combine("k.db");
        CliRunner.Run("extract", _dir.Combine("in"), "--out", _dir.Combine("plain"), "--format", "json", "-q", "--store", store).ExitCode.Should().Be(KnowledgeCommand.Success);
        var export = CliRunner.Run("export", "--store", store, "--out", _dir.Combine("curated"), "--format", "json", "--curation", _dir.Combine("rules.txt"));
        export.ExitCode.Should().Be(KnowledgeCommand.Success, export.StdErr);
        People("plain").Should().HaveCount(2);
        People("curated").Should().ContainSingle();
    }

    [Fact]
    public void A_bad_curation_file_is_a_usage_error_naming_its_line()
    {
        var bad = _dir.File("bad.txt", "merge person: Lena Ostrow | Magdalena Ostrow-Vale\nsplit persons: Lena Ostrow @ river\n");
        var run = CliRunner.Run("extract", _dir.Combine("in"), "--out", _dir.Combine("out"), "--curation", bad);
        run.ExitCode.Should().Be(KnowledgeCommand.UsageError);
        run.StdErr.Should().Contain($"{bad}:2:6: unknown entity type 'persons'");
        Directory.Exists(_dir.Combine("out")).Should().BeFalse();
    }
}
