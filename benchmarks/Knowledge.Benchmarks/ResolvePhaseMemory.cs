using System.Diagnostics;
using System.Globalization;
using Knowledge.Export;
using Knowledge.Resolution;
using Knowledge.Store;

namespace Knowledge.Benchmarks;

/// <summary>
/// Where resolving a store's graph spends its memory, step by step in one process over an existing store: the live
/// heap (after a full collection) and the peak working set once the graph is built (streamed from the store),
/// once it is saved and once it is exported. Run it in a fresh process (benchmarks/memory-by-corpus-size.sh makes
/// the store with --store-phases first).
/// </summary>
public static class ResolvePhaseMemory
{
    /// <summary>Resolves the store at <paramref name="store"/> step by step and prints each step's figures.</summary>
    public static int Run(string store)
    {
        using var opened = KnowledgeStore.Open(store);
        Report("opened", null);
        var clock = Stopwatch.StartNew();
        var graph = new GraphAssembler(opened.Pipeline.Lexicons).Assemble(new StoredDocumentSource(opened.Backend, damage => Console.Error.WriteLine($"damaged: {damage}")));
        Report("assembled (graph held)", clock);
        clock.Restart();
        new GraphRows(opened.Backend).Save(graph, 0);
        Report("saved", clock);
        clock.Restart();
        string output = Path.Combine(Path.GetTempPath(), "knowledge-resolve-phases-" + Environment.ProcessId);
        GraphExporter.Write(graph, output, ExportFormats.Json);
        Report("exported json", clock);
        Directory.Delete(output, recursive: true);
        GC.KeepAlive(graph);
        return 0;
    }

    private static void Report(string step, Stopwatch? clock)
    {
        long live = GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024);
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-24} live heap {1,4} MB, peak working set {2,4} MB{3}",
            step, live, self.PeakWorkingSet64 / (1024 * 1024), clock is null ? "" : $", {clock.Elapsed.TotalSeconds:F1} s"));
    }
}
