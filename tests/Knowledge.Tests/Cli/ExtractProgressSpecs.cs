using FluentAssertions;
using Knowledge.Cli;
using Knowledge.Cli.Commands;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>`knowledge extract` shows a progress bar for a large input, at a terminal only: captured output stays as it was.</summary>
public sealed class ExtractProgressSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // One more document than the threshold, each a short item.
    private string ManyDocuments()
    {
        var records = Enumerable.Range(0, ExtractCommand.ProgressThreshold + 1).Select(i =>
            "{\"id\":\"r" + i + "\",\"fields\":{\"slug\":\"item-" + i + "\",\"title\":\"Item " + i +
            "\",\"text\":\"Lucia Brandt of the Harbour Legal Aid Foundation spoke on Monday.\",\"publishedDate\":\"2023-01-02\"}}");
        return _dir.File("in/records.json", "{\"records\":[" + string.Join(",", records) + "]}");
    }

    private (int Code, string StdOut, string StdErr) Run(bool terminal, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = KnowledgeCommand.Run(args, new CliContext(new StringReader(""), stdout, stderr, terminal));
        return (code, stdout.ToString(), stderr.ToString());
    }

    // The captured stream is no console Spectre can animate: the bar draws nothing, the status after it prints its line.
    [Fact]
    public void At_a_terminal_many_documents_run_under_the_progress_display()
    {
        var input = ManyDocuments();

        var (code, stdout, stderr) = Run(terminal: true, "extract", input, "--out", _dir.Combine("out"));

        code.Should().Be(KnowledgeCommand.Success, stderr);
        stdout.Should().Contain("Writing the exports…").And.MatchRegex(@"Documents read\s*│\s*201\b");
    }

    [Fact]
    public void Captured_output_and_quiet_runs_show_no_progress()
    {
        var input = ManyDocuments();

        var captured = Run(terminal: false, "extract", input, "--out", _dir.Combine("a"));
        var quiet = Run(terminal: true, "extract", input, "--out", _dir.Combine("b"), "--quiet");

        captured.StdOut.Should().NotContain("Writing the exports").And.Contain("Documents read");
        quiet.StdOut.Should().BeEmpty();
    }
}
