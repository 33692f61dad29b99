using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Globalization;
using Knowledge.Export;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Resolution;

namespace Knowledge.Benchmarks;

/// <summary>
/// Where an in-memory `knowledge extract` keeps its memory, step by step in one process on one worker: the live heap
/// (after a full collection) and the peak working set once every document is analysed (the analyses held, as the
/// run holds them), once the graph is assembled (each analysis let go as the assembly's last pass leaves it, as extract does) and once it is exported as JSON. KNOWLEDGE_PHASE_PAUSE=N waits N
/// seconds after each step, for `dotnet-gcdump collect -p PID` to take the heap of that step.
/// </summary>
public static class ExtractPhaseMemory
{
    // What `knowledge extract` asks of the pipeline (ExtractCommand.GraphOnly), on one worker.
    private static readonly PipelineRunOptions ExtractRun = new() { KeepTokens = false, KeepAnnotations = false, MaxDegreeOfParallelism = 1 };

    /// <summary>Runs the extract of <paramref name="inputs"/> step by step and prints each step's figures.</summary>
    public static int Run(IReadOnlyList<string> inputs)
    {
        int pause = int.TryParse(Environment.GetEnvironmentVariable("KNOWLEDGE_PHASE_PAUSE"), out int p) ? p : 0;
        Console.WriteLine($"pid {Environment.ProcessId}");
        var pipeline = KnowledgePipeline.CreateDefault();
        Report("started", null, pause);
        var clock = Stopwatch.StartNew();
        // Analysed as extract's run analyses them (a stream, one worker, no annotations kept): what each analysis keeps is what the run holds.
        var docs = pipeline.AnalyseForRun(DocumentLoader.Stream(inputs, d => Console.Error.WriteLine(d)), ExtractRun);
        Report("analysed (docs held)", clock, pause);
        clock.Restart();
        // As extract runs it (KeepAnnotations = false): the assembly takes the analyses over and lets each go once its last pass has read it.
        InMemoryDocumentSource? source = InMemoryDocumentSource.Releasing(ImmutableCollectionsMarshal.AsArray(docs)!, default);
        docs = default;
        var graph = new GraphAssembler(pipeline.Lexicons, pipeline.Curation).Assemble(source);
        source = null;
        Report("assembled (graph held)", clock, pause);
        clock.Restart();
        string output = Path.Combine(Path.GetTempPath(), "knowledge-extract-phases-" + Environment.ProcessId);
        GraphExporter.Write(graph, output, ExportFormats.Json);
        Report("exported json", clock, pause);
        Directory.Delete(output, recursive: true);
        GC.KeepAlive(graph);
        return 0;
    }

    private static void Report(string step, Stopwatch? clock, int pause)
    {
        long live = GC.GetTotalMemory(forceFullCollection: true);
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-24} live heap {1,6:F1} MB, peak working set {2,4} MB, gen0/1/2 {3}/{4}/{5}{6}",
            step, live / (1024.0 * 1024), self.PeakWorkingSet64 / (1024 * 1024), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
            clock is null ? "" : $", {clock.Elapsed.TotalSeconds:F1} s"));
        if (pause > 0) Thread.Sleep(pause * 1000);
    }
}
