using System.Text.Json;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;

namespace Knowledge.Cli.Commands;

/// <summary>
/// Reads the inputs of the query commands: a knowledge.json written by `knowledge extract` (or an output folder
/// holding one, named by its manifest) is read as it is, anything else is analysed as news texts; all of it is
/// merged into one graph.
/// </summary>
public static class GraphInputs
{
    /// <summary>Builds the graph; errors go to standard error. <c>Skipped</c> tells whether any input was left out.</summary>
    public static (KnowledgeGraph Graph, bool Skipped) Load(CliContext context, IReadOnlyList<string> inputs, LoadOptions? load = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = new KnowledgeGraphBuilder();
        bool skipped = Add(context, builder, inputs, load);
        return (builder.Build(), skipped);
    }

    /// <summary>
    /// Builds the graph of a store (when <paramref name="store"/> is given) merged with the inputs'; errors go to
    /// standard error. Returns null, after reporting why, when the store cannot be opened or read.
    /// </summary>
    public static (KnowledgeGraph Graph, bool Skipped)? Load(CliContext context, IReadOnlyList<string> inputs, string? store, LoadOptions? load = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (store is null) return Load(context, inputs, load);
        using var opened = StoreAccess.TryOpen(context, store, create: false);
        if (opened is null) return null;
        var builder = new KnowledgeGraphBuilder();
        bool damaged = false;
        try
        {
            // A document whose stored analysis cannot be read is left out, with an error naming it, as a damaged input record is.
            Merge(builder, opened.LoadGraph(problem =>
            {
                context.Stderr.WriteLine(problem.ToString());
                damaged = true;
            }));
        }
        catch (Exception e) when (StoreAccess.IsStoreFailure(e))
        {
            StoreAccess.Report(context, opened.Location, e);
            return null;
        }
        bool skipped = Add(context, builder, inputs, load) | damaged;
        return (builder.Build(), skipped);
    }

    /// <summary>
    /// The inputs of stats and path: those given; with no inputs, the store alone when one is given, else
    /// <paramref name="defaultGraph"/>.
    /// </summary>
    internal static IReadOnlyList<string> OrDefault(string[]? given, string? store, string defaultGraph) =>
        given is { Length: > 0 } ? given : store is not null ? [] : [defaultGraph];

    // Merges every input's graph into the builder; true when any input was left out.
    private static bool Add(CliContext context, KnowledgeGraphBuilder builder, IReadOnlyList<string> inputs, LoadOptions? load)
    {
        bool skipped = false;
        var texts = new List<string>();
        foreach (var input in inputs)
        {
            var graphFile = SavedGraphOf(input);
            if (graphFile is null) { texts.Add(input); continue; }
            try
            {
                Merge(builder, SavedGraph.Read(graphFile));
            }
            catch (Exception e) when (e is JsonException or FormatException or IOException or UnauthorizedAccessException)
            {
                context.Stderr.WriteLine($"{input}: error: not a readable knowledge graph: {e.Message}");
                skipped = true;
            }
        }
        if (texts.Count > 0)
        {
            var diagnostics = new List<Diagnostic>();
            var documents = DocumentLoader.Stream(texts, diagnostics.Add, context.Stdin, options: load).ToList();
            foreach (var diagnostic in diagnostics) context.Stderr.WriteLine(diagnostic.ToString());
            skipped |= diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            Merge(builder, KnowledgePipeline.CreateDefault().Run(documents, ExtractCommand.GraphOnly).Graph);
        }
        return skipped;
    }

    // The saved graph an input names: a knowledge.json, or an output folder `extract` wrote whose manifest lists
    // one (its files are never read as texts); null for anything else.
    private static string? SavedGraphOf(string input)
    {
        if (SavedGraph.IsSavedGraph(input)) return input;
        if (!Directory.Exists(input) || !OutputManifest.Read(input).Contains(GraphExporter.JsonFileName, StringComparer.Ordinal)) return null;
        var file = Path.Combine(input, GraphExporter.JsonFileName);
        return SavedGraph.IsSavedGraph(file) ? file : null;
    }

    /// <summary>An inputs argument that reports option-like tokens ("--bogus") as unknown options rather than file names.</summary>
    public static System.CommandLine.Argument<string[]> Argument() =>
        Argument("Files or folders of news texts, or a knowledge.json written by `knowledge extract`; \"-\" reads standard input.");

    /// <summary>An inputs argument with its own description that reports option-like tokens as unknown options.</summary>
    public static System.CommandLine.Argument<string[]> Argument(string description)
    {
        var inputs = new System.CommandLine.Argument<string[]>("inputs")
        {
            Description = description,
            Arity = System.CommandLine.ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value.StartsWith('-'))
                    result.AddError($"Unknown option '{token.Value}'.");
        });
        return inputs;
    }

    private static void Merge(KnowledgeGraphBuilder builder, KnowledgeGraph graph)
    {
        foreach (var node in graph.Nodes) builder.AddNode(node);
        foreach (var edge in graph.Edges)
            builder.AddEdge(edge.Source.Id, edge.Type, edge.Target.Id, edge.Evidence, edge.Properties);
    }
}
