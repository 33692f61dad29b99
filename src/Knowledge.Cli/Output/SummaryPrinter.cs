using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Spectre.Console;

namespace Knowledge.Cli.Output;

/// <summary>Prints the end-of-run summary and statistics with Spectre.Console.</summary>
public static class SummaryPrinter
{
    /// <summary>
    /// A console over <paramref name="writer"/>. Colour, ANSI codes and interaction only when
    /// <paramref name="isTerminal"/>; redirected output stays plain text.
    /// </summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal) console.Profile.Width = 120;
        return console;
    }

    /// <summary>Prints documents read, nodes and edges by type, warnings, errors and files written.</summary>
    public static void PrintSummary(IAnsiConsole console, LoadResult load, KnowledgeResult result, IReadOnlyList<string> files)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("knowledge extract");
        table.AddColumn("What");
        table.AddColumn(new TableColumn("Count").RightAligned());

        table.AddRow("Documents read", load.Documents.Length.ToString());
        foreach (var group in result.Graph.Nodes.GroupBy(n => n.Type).OrderBy(g => g.Key))
            table.AddRow(Markup.Escape($"Nodes: {group.Key}"), group.Count().ToString());
        table.AddRow("Nodes (total)", result.Graph.Nodes.Length.ToString());
        foreach (var group in result.Graph.Edges.GroupBy(e => e.Type).OrderBy(g => g.Key))
            table.AddRow(Markup.Escape($"Edges: {group.Key}"), group.Count().ToString());
        table.AddRow("Edges (total)", result.Graph.Edges.Length.ToString());
        table.AddRow("Warnings", load.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning).ToString());
        table.AddRow("Errors (skipped)", load.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error).ToString());
        table.AddRow("Files written", files.Count.ToString());
        console.Write(table);

        foreach (var file in files)
            console.WriteLine(file);
    }

    /// <summary>Prints wall time, input size, throughput and peak working set.</summary>
    public static void PrintStats(IAnsiConsole console, TimeSpan elapsed, long inputBytes, long peakWorkingSet)
    {
        double mb = inputBytes / 1_000_000.0;
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        console.WriteLine(string.Format(inv, "wall time: {0:F2} s", elapsed.TotalSeconds));
        console.WriteLine(string.Format(inv, "input: {0:F2} MB", mb));
        console.WriteLine(string.Format(inv, "throughput: {0:F2} MB/s", mb / seconds));
        console.WriteLine(string.Format(inv, "peak working set: {0:F1} MB", peakWorkingSet / 1_000_000.0));
    }
}
