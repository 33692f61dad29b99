using System.Diagnostics;
using System.Globalization;
using Knowledge.Ingestion;
using Knowledge.Store;

namespace Knowledge.Benchmarks;

/// <summary>
/// Where a store run's memory goes, phase by phase in one process: the peak working set after streaming the inputs
/// into a new store (read, analyse and write batch by batch), then after resolving the store's graph. Run it in a
/// fresh process per input so each peak is that input's own (benchmarks/memory-by-corpus-size.sh does).
/// </summary>
public static class StorePhaseMemory
{
    /// <summary>Adds <paramref name="inputs"/> to the store at <paramref name="store"/> (created when absent), resolves it and prints each phase's time and peak.</summary>
    public static int Run(string store, IReadOnlyList<string> inputs)
    {
        var inv = CultureInfo.InvariantCulture;
        using var opened = KnowledgeStore.Open(store);
        var clock = Stopwatch.StartNew();
        var update = opened.Add(DocumentLoader.Stream(inputs, d => Console.Error.WriteLine(d)));
        Console.WriteLine(string.Format(inv, "add: {0} documents, {1:F1} s, peak working set {2} MB",
            update.Added, clock.Elapsed.TotalSeconds, PeakMegabytes()));
        clock.Restart();
        var graph = opened.Resolve();
        Console.WriteLine(string.Format(inv, "resolve: {0} nodes, {1} edges, {2:F1} s, peak working set {3} MB",
            graph.Nodes.Length, graph.Edges.Length, clock.Elapsed.TotalSeconds, PeakMegabytes()));
        return 0;
    }

    private static long PeakMegabytes()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024 * 1024);
    }
}
