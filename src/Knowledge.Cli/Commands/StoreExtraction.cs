using System.Diagnostics;
using Knowledge.Cli.Output;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Store;
using Spectre.Console;

namespace Knowledge.Cli.Commands;

/// <summary>
/// `knowledge extract … --store`: streams the inputs into a store batch by batch (documents already stored
/// unchanged are skipped), resolves the store's graph and writes the exports from it. Memory holds one batch and
/// the graph, never the whole input.
/// </summary>
internal static class StoreExtraction
{
    /// <summary>Inputs at least this large (bytes) show a progress bar at a terminal.</summary>
    public const long ProgressThresholdBytes = 1_000_000;

    /// <summary>Runs the extraction into the store named by <see cref="ExtractOptions.Store"/>; returns the exit code.</summary>
    public static int Execute(CliContext context, ExtractOptions options, KnowledgePipeline pipeline)
    {
        var clock = Stopwatch.StartNew();
        var console = SummaryPrinter.CreateConsole(context.Stdout, context.IsTerminal);
        using var store = StoreAccess.TryOpen(context, options.Store!, create: true, pipeline);
        if (store is null) return KnowledgeCommand.StoreError;

        var stdin = new CountingTextReader(context.Stdin);
        var read = new ReadCounts();
        void Report(Diagnostic diagnostic)
        {
            context.Stderr.WriteLine(diagnostic.ToString());
            read.Count(diagnostic);
        }

        long totalBytes = DocumentLoader.InputSize(options.Inputs);
        StoreUpdate Add(IProgress<StoreProgress>? progress, Action<long>? bytesRead) =>
            store.Add(DocumentLoader.Stream(options.Inputs, Report, stdin, bytesRead, options.Load), new StoreOptions { BatchSize = options.BatchSize }, progress);

        StoreUpdate update;
        KnowledgeGraph graph;
        try
        {
            bool showProgress = context.IsTerminal && !options.Quiet && totalBytes >= ProgressThresholdBytes;
            update = showProgress ? StoreProgressBar.Run(console, totalBytes, Add) : Add(null, null);
            // Resolution reads every stored document: on a large store it takes a while, so a terminal user sees it.
            graph = showProgress
                ? console.Status().Start("Resolving the store's graph…", _ => store.LoadGraph())
                : store.LoadGraph();
        }
        catch (Exception e) when (StoreAccess.IsStoreFailure(e))
        {
            StoreAccess.Report(context, store.Location, e);
            return KnowledgeCommand.StoreError;
        }
        foreach (var diagnostic in update.Diagnostics)
            context.Stderr.WriteLine(diagnostic.ToString());

        var outDir = Path.GetFullPath(options.Out);
        IReadOnlyList<string> files;
        try
        {
            files = GraphExporter.Write(graph, outDir, options.Formats, new GraphMlOptions { Yed = options.Yed });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Stderr.WriteLine($"knowledge: cannot write to {outDir}: {e.Message}");
            return KnowledgeCommand.OutputError;
        }
        clock.Stop();

        if (!options.Quiet)
            SummaryPrinter.PrintStoreSummary(console, store.Location, update, read.Warnings, read.Errors, graph, files);
        if (options.Stats)
            SummaryPrinter.PrintStats(console, clock.Elapsed, totalBytes + stdin.CharsRead, Process.GetCurrentProcess().PeakWorkingSet64);

        bool skipped = read.Errors > 0 || update.Failed > 0 || update.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        return skipped ? KnowledgeCommand.PartialSuccess : KnowledgeCommand.Success;
    }

    // Diagnostics are written as they come; only their counts are kept for the summary.
    private sealed class ReadCounts
    {
        public int Warnings { get; private set; }

        public int Errors { get; private set; }

        public void Count(Diagnostic diagnostic)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error) Errors++;
            else Warnings++;
        }
    }
}
