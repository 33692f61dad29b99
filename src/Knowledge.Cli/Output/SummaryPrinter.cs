using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Store;
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
        AddGraphRows(table, result.Graph);
        table.AddRow("Warnings", load.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning).ToString());
        table.AddRow("Errors (skipped)", load.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error).ToString());
        table.AddRow("Files written", files.Count.ToString());
        console.Write(table);

        foreach (var file in files)
            console.WriteLine(file);
    }

    /// <summary>
    /// Prints what adding to a store did (documents added, replaced, unchanged, failed), the store's whole graph,
    /// the input's warnings and errors and the files written; says so when nothing changed.
    /// </summary>
    public static void PrintStoreSummary(IAnsiConsole console, string store, StoreUpdate update, int warnings, int errors, KnowledgeGraph graph, IReadOnlyList<string> files)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"knowledge extract --store {store}"));
        table.AddColumn("What");
        table.AddColumn(new TableColumn("Count").RightAligned());

        table.AddRow("Documents added", update.Added.ToString());
        table.AddRow("Documents replaced (changed)", update.Replaced.ToString());
        table.AddRow("Documents unchanged (skipped)", update.Unchanged.ToString());
        table.AddRow("Documents failed", update.Failed.ToString());
        AddGraphRows(table, graph);
        table.AddRow("Warnings", warnings.ToString());
        table.AddRow("Errors (skipped)", errors.ToString());
        table.AddRow("Files written", files.Count.ToString());
        console.Write(table);

        if (!update.Changed)
            console.WriteLine($"Nothing changed: the store already held all {update.Unchanged} documents read, unchanged.");
        foreach (var file in files)
            console.WriteLine(file);
    }

    // Nodes and edges by type, then their totals.
    private static void AddGraphRows(Table table, KnowledgeGraph graph)
    {
        foreach (var group in graph.Nodes.GroupBy(n => n.Type).OrderBy(g => g.Key))
            table.AddRow(Markup.Escape($"Nodes: {group.Key}"), group.Count().ToString());
        table.AddRow("Nodes (total)", graph.Nodes.Length.ToString());
        foreach (var group in graph.Edges.GroupBy(e => e.Type).OrderBy(g => g.Key))
            table.AddRow(Markup.Escape($"Edges: {group.Key}"), group.Count().ToString());
        table.AddRow("Edges (total)", graph.Edges.Length.ToString());
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
