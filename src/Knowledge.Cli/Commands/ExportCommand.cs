using System.CommandLine;
using Knowledge.Export;
using Knowledge.Graph;

namespace Knowledge.Cli.Commands;

/// <summary>`knowledge export --store …`: write a store's graph (resolved first when documents changed) in any export format.</summary>
public static class ExportCommand
{
    /// <summary>Creates the command, bound to the given streams.</summary>
    public static Command Create(CliContext context)
    {
        var store = StoreAccess.Option("The store to export (filled by `knowledge extract … --store`).");
        store.Required = true;
        var output = ExtractCommand.OutOption();
        var format = ExtractCommand.FormatOption();
        var yed = ExtractCommand.YedOption();
        var jsonIndent = JsonIndentOption.Create();
        var curation = CurationOption.Create();

        var command = new Command("export", "Write the graph of a store as JSON, GraphML, JSON Lines of quotes, Neo4j CSV or an HTML view.")
        {
            store, output, format, yed, jsonIndent, curation,
        };
        command.SetAction(parse => Execute(
            context,
            parse.GetValue(store)!,
            parse.GetValue(output) ?? "graph-output",
            ExtractCommand.ParseFormat(parse.GetValue(format) ?? "all") ?? ExportFormats.All,
            parse.GetValue(yed),
            parse.GetValue(curation),
            JsonIndentOption.Options(parse.GetValue(jsonIndent))));
        return command;
    }

    /// <summary>Reads the store's graph and writes the files; prints each file written. Returns the exit code.</summary>
    public static int Execute(CliContext context, string storeLocation, string outDir, ExportFormats formats, bool yed, string? curation = null, JsonExportOptions? json = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pipeline = CurationOption.TryPipeline(context, curation);
        if (pipeline is null) return KnowledgeCommand.UsageError;
        if (!OutputFolder.Check(context, outDir)) return KnowledgeCommand.UsageError;
        using var store = StoreAccess.TryOpen(context, storeLocation, create: false, pipeline);
        if (store is null) return KnowledgeCommand.StoreError;
        KnowledgeGraph graph;
        bool damaged = false;
        try
        {
            // A document whose stored analysis cannot be read is left out of the graph, with an error naming it.
            graph = store.LoadGraph(problem =>
            {
                context.Stderr.WriteLine(problem.ToString());
                damaged = true;
            });
        }
        catch (Exception e) when (StoreAccess.IsStoreFailure(e))
        {
            StoreAccess.Report(context, store.Location, e);
            return KnowledgeCommand.StoreError;
        }

        var exported = OutputFolder.TryWrite(context, graph, outDir, formats, yed, json ?? new JsonExportOptions());
        if (exported is null) return KnowledgeCommand.OutputError;
        foreach (var file in exported.Written)
            context.Stdout.WriteLine(file);
        return damaged ? KnowledgeCommand.PartialSuccess : KnowledgeCommand.Success;
    }
}
