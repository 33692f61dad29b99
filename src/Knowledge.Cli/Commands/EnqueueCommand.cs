using System.CommandLine;
using Knowledge.Ingestion;

namespace Knowledge.Cli.Commands;

/// <summary>`knowledge enqueue INPUT… --store …`: store news texts as pending documents, for workers (`knowledge work`) to analyse.</summary>
public static class EnqueueCommand
{
    /// <summary>Creates the command, bound to the given streams.</summary>
    public static Command Create(CliContext context)
    {
        var inputs = GraphInputs.Argument("Files or folders to queue (folders are searched recursively); \"-\" reads standard input.");
        var store = StoreAccess.Option("The store whose queue receives the documents (created if absent).");
        store.Required = true;
        var encoding = EncodingOption.Create();
        var command = new Command("enqueue", "Store news texts as pending documents in a store's queue; workers (`knowledge work`) analyse them.")
        {
            inputs, store, encoding,
        };
        command.SetAction(parse => Execute(context, parse.GetValue(inputs) ?? [], parse.GetValue(store)!, EncodingOption.Options(parse.GetValue(encoding))));
        return command;
    }

    /// <summary>Reads the inputs (streamed, not held in memory) into the queue; returns the exit code.</summary>
    public static int Execute(CliContext context, IReadOnlyList<string> inputs, string storeLocation, LoadOptions? load = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var store = StoreAccess.TryOpen(context, storeLocation, create: true);
        if (store is null) return KnowledgeCommand.StoreError;
        bool skipped = false;
        int read = 0;
        void Report(Diagnostic diagnostic)
        {
            context.Stderr.WriteLine(diagnostic.ToString());
            skipped |= diagnostic.Severity == DiagnosticSeverity.Error;
        }
        int queued;
        try
        {
            queued = store.Enqueue(DocumentLoader.Stream(inputs, Report, context.Stdin, options: load).Select(d => { read++; return d; }));
        }
        catch (Exception e) when (StoreAccess.IsStoreFailure(e))
        {
            StoreAccess.Report(context, store.Location, e);
            return KnowledgeCommand.StoreError;
        }
        context.Stdout.WriteLine($"{queued} documents queued, {read - queued} unchanged, in {store.Location}");
        return skipped ? KnowledgeCommand.PartialSuccess : KnowledgeCommand.Success;
    }
}
