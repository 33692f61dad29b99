using FluentAssertions;
using Knowledge.Cli;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>`--json-indent` on extract: auto (the default) indents a small graph; never and always force it.</summary>
public sealed class JsonIndentOptionSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Extract(params string[] options)
    {
        _dir.File("in/press-release.txt", "Manila, Philippines. Maria Santos, the mayor of Manila, said on Monday: \"We will build the bridge.\"\n");
        var outDir = _dir.Combine("out-" + string.Join("-", options));
        var (code, _, stderr) = CliRunner.Run(["extract", _dir.Combine("in"), "--out", outDir, "-f", "json", "-q", .. options]);
        code.Should().Be(KnowledgeCommand.Success, stderr);
        return File.ReadAllText(Path.Combine(outDir, "knowledge.json"));
    }

    [Fact]
    public void By_default_a_small_graph_is_written_indented_as_with_always()
    {
        var byDefault = Extract();
        byDefault.Should().StartWith("{\n  \"nodes\": [");
        byDefault.Should().Be(Extract("--json-indent", "always")).And.Be(Extract("--json-indent", "auto"));
    }

    [Fact]
    public void Never_writes_knowledge_json_on_one_line()
    {
        var compact = Extract("--json-indent", "never");
        compact.Should().StartWith("{\"nodes\":[{");
        compact.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void An_unknown_value_is_a_usage_error()
    {
        _dir.File("in/a.txt", "Text.\n");
        var (code, _, stderr) = CliRunner.Run("extract", _dir.Combine("in"), "--out", _dir.Combine("out"), "--json-indent", "sometimes");
        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain("--json-indent").And.Contain("auto, always, never");
    }

    [Fact]
    public void Export_accepts_the_option_too()
    {
        var (code, _, stderr) = CliRunner.Run("export", "--store", _dir.Combine("none.db"), "--out", _dir.Combine("out"), "--json-indent", "sometimes");
        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain("--json-indent");
    }
}
