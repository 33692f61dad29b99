using System.CommandLine;
using System.Runtime.InteropServices;
using Knowledge.Ingestion;
using Knowledge.Store;

namespace Knowledge.Cli.Commands;

/// <summary>
/// `knowledge work --store …`: a worker. Claims batches of queued documents, analyses them and commits their
/// mentions until the queue is empty (with --follow, until stopped); the worker that empties the queue resolves
/// the graph. Several workers, on one machine or many, may share a PostgreSQL store.
/// </summary>
public static class WorkCommand
{
    /// <summary>Creates the command, bound to the given streams.</summary>
    public static Command Create(CliContext context)
    {
        var store = StoreAccess.Option("The store whose queue to work on (filled by `knowledge enqueue`).");
        store.Required = true;
        var follow = new Option<bool>("--follow") { Description = "Keep polling for newly queued documents when the queue is empty, until stopped (Ctrl+C)." };
        var batch = PositiveOption("--batch", "How many documents to claim at once, analyse together and commit in one transaction.", WorkerOptions.DefaultBatchSize, "N");
        var claim = PositiveOption("--claim-seconds",
            "How long a claim holds: a worker that has not committed its batch by then is taken for dead, and others claim its documents.",
            (int)new WorkerOptions().ClaimDuration.TotalSeconds, "SECONDS");
        var command = new Command("work", "Analyse the documents queued in a store (`knowledge enqueue`); several workers may share a PostgreSQL store.")
        {
            store, follow, batch, claim,
        };
        command.SetAction(parse => Execute(context, parse.GetValue(store)!, new WorkerOptions
        {
            Follow = parse.GetValue(follow),
            BatchSize = parse.GetValue(batch),
            ClaimDuration = TimeSpan.FromSeconds(parse.GetValue(claim)),
        }));
        return command;
    }

    /// <summary>
    /// Runs the worker; returns the exit code. Ctrl+C (SIGINT) or SIGTERM stops it after the batch in hand is committed,
    /// with the exit code of a finished run (0, or 1 when a document failed).
    /// </summary>
    public static int Execute(CliContext context, string storeLocation, WorkerOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var store = StoreAccess.TryOpen(context, storeLocation, create: false);
        if (store is null) return KnowledgeCommand.StoreError;
        using var stop = new CancellationTokenSource();
        // Ctrl+C (SIGINT) and SIGTERM (kill, docker stop, systemd) stop the worker once the batch in hand is committed,
        // so it leaves no claim for others to wait out; a second signal is left to end the process at once.
        Action<PosixSignalContext> onSignal = signal =>
        {
            if (stop.IsCancellationRequested) return;
            signal.Cancel = true;
            stop.Cancel();
        };
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, onSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, onSignal);
        try
        {
            var result = store.Work(options, stop.Token);
            foreach (var diagnostic in result.Diagnostics)
                context.Stderr.WriteLine(diagnostic.ToString());
            var queue = store.QueueStatus();
            context.Stdout.WriteLine(
                $"worker {result.WorkerId}: {result.Analysed} analysed, {result.Failed} failed, {result.Lost} left to other workers (claim expired), in {result.Batches} batches");
            context.Stdout.WriteLine(queue.IsDrained
                ? $"queue empty: {queue.Analysed + queue.Failed} documents in the store, graph resolved"
                : $"queue: {queue.Pending} pending, {queue.Claimed} claimed by other workers");
            // Failed documents stay failed until queued again, so every run says which and why, not only the run that failed them.
            if (queue.Failed > 0) PrintFailures(context, store, queue.Failed);
            bool failed = result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            return failed ? KnowledgeCommand.PartialSuccess : KnowledgeCommand.Success;
        }
        catch (Exception e) when (StoreAccess.IsStoreFailure(e))
        {
            StoreAccess.Report(context, store.Location, e);
            return KnowledgeCommand.StoreError;
        }
    }

    /// <summary>How many failed documents a run lists by name; a store with more says how many it left out.</summary>
    public const int ShownFailures = 20;

    private static void PrintFailures(CliContext context, KnowledgeStore store, int count)
    {
        var shown = store.FailedDocuments(ShownFailures);
        context.Stdout.WriteLine($"{count} failed (enqueue them again to retry):");
        foreach (var failed in shown)
            context.Stdout.WriteLine($"  {failed.Id}: {failed.Reason ?? "no reason stored (it failed before the store kept reasons)"}");
        if (count > shown.Count) context.Stdout.WriteLine($"  and {count - shown.Count} more");
    }

    private static Option<int> PositiveOption(string name, string description, int defaultValue, string helpName)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = helpName,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError($"{name} must be at least 1.");
        });
        return option;
    }
}
