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
    /// <summary>Inputs at least this large (bytes) show a progress bar at a terminal (the same size as without a store).</summary>
    public const long ProgressThresholdBytes = ExtractCommand.ProgressThresholdBytes;

    /// <summary>
    /// Runs the extraction into the store named by <see cref="ExtractOptions.Store"/>, reading the inputs with
    /// <paramref name="load"/>; returns the exit code. When the inputs hold no document, neither the store nor the
    /// output folder is opened: it is exit code <see cref="KnowledgeCommand.NoInput"/>, as without a store.
    /// </summary>
    public static int Execute(CliContext context, ExtractOptions options, LoadOptions load, KnowledgePipeline pipeline)
    {
        var clock = Stopwatch.StartNew();
        var console = SummaryPrinter.CreateConsole(context.Stdout, context.IsTerminal);
        var stdin = new CountingTextReader(context.Stdin);
        var read = new ReadCounts();
        void Report(Diagnostic diagnostic)
        {
            context.Stderr.WriteLine(diagnostic.ToString());
            read.Count(diagnostic);
        }

        // The first document is read before the store is opened (or created), so inputs that hold none change nothing.
        var bytes = new BytesRead();
        using var documents = DocumentLoader.Stream(options.Inputs, Report, stdin, bytes.Add, load).GetEnumerator();
        if (!documents.MoveNext())
        {
            OutputFolder.ReportNoInput(context, options.Inputs);
            return KnowledgeCommand.NoInput;
        }
        IEnumerable<SourceDocument> All()
        {
            yield return documents.Current;
            while (documents.MoveNext()) yield return documents.Current;
        }

        using var store = StoreAccess.TryOpen(context, options.Store!, create: true, pipeline);
        if (store is null) return KnowledgeCommand.StoreError;

        long totalBytes = DocumentLoader.InputSize(options.Inputs, load);
        StoreUpdate Add(IProgress<StoreProgress>? progress, Action<long>? bytesRead)
        {
            bytes.Target = bytesRead;
            return store.Add(All(), new StoreOptions { BatchSize = options.BatchSize }, progress);
        }

        StoreUpdate update;
        KnowledgeGraph graph;
        // Documents whose stored analysis cannot be read are left out of the graph; they are reported after the batches' problems.
        var damaged = new List<Diagnostic>();
        try
        {
            bool showProgress = context.IsTerminal && !options.Quiet && totalBytes >= ProgressThresholdBytes;
            update = showProgress ? StoreProgressBar.Run(console, totalBytes, Add) : Add(null, null);
            // Resolution reads every stored document: on a large store it takes a while, so a terminal user sees it.
            graph = showProgress
                ? console.Status().Start("Resolving the store's graph…", _ => store.LoadGraph(damaged.Add))
                : store.LoadGraph(damaged.Add);
        }
        catch (Exception e) when (StoreAccess.IsStoreFailure(e))
        {
            StoreAccess.Report(context, store.Location, e);
            return KnowledgeCommand.StoreError;
        }
        foreach (var diagnostic in update.Diagnostics.Concat(damaged))
            context.Stderr.WriteLine(diagnostic.ToString());

        var exported = OutputFolder.TryWrite(context, graph, options.Out, options.Formats, options.Yed, options.Json);
        if (exported is null) return KnowledgeCommand.OutputError;
        clock.Stop();

        if (!options.Quiet)
            SummaryPrinter.PrintStoreSummary(console, store.Location, update, read.Warnings, read.Errors, graph, exported.Written);
        if (options.Stats)
            SummaryPrinter.PrintStats(console, clock.Elapsed, totalBytes + stdin.CharsRead, Process.GetCurrentProcess().PeakWorkingSet64);

        bool skipped = read.Errors > 0 || update.Failed > 0 || damaged.Count > 0 || update.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        return skipped ? KnowledgeCommand.PartialSuccess : KnowledgeCommand.Success;
    }

    // Bytes read before the progress bar starts (the first document's file) are held and handed to it when it does.
    private sealed class BytesRead
    {
        private long _pending;
        private Action<long>? _target;

        public Action<long>? Target
        {
            set
            {
                _target = value;
                if (value is not null && _pending > 0) value(_pending);
                _pending = 0;
            }
        }

        public void Add(long bytes)
        {
            if (_target is null) _pending += bytes;
            else _target(bytes);
        }
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
