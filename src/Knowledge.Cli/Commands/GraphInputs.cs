using System.Text.Json;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;

namespace Knowledge.Cli.Commands;

/// <summary>
/// Reads the inputs of the query commands: a knowledge.json written by `knowledge extract` is read as it is,
/// anything else is analysed as news texts; all of it is merged into one graph.
/// </summary>
public static class GraphInputs
{
    /// <summary>Builds the graph; errors go to standard error. <c>Skipped</c> tells whether any input was left out.</summary>
    public static (KnowledgeGraph Graph, bool Skipped) Load(CliContext context, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool skipped = false;
        var builder = new KnowledgeGraphBuilder();
        var texts = new List<string>();
        foreach (var input in inputs)
        {
            if (!SavedGraph.IsSavedGraph(input)) { texts.Add(input); continue; }
            try
            {
                Merge(builder, SavedGraph.Read(input));
            }
            catch (Exception e) when (e is JsonException or FormatException or IOException or UnauthorizedAccessException)
            {
                context.Stderr.WriteLine($"{input}: error: not a readable knowledge graph: {e.Message}");
                skipped = true;
            }
        }
        if (texts.Count > 0)
        {
            var load = DocumentLoader.Load(texts, context.Stdin);
            foreach (var diagnostic in load.Diagnostics) context.Stderr.WriteLine(diagnostic.ToString());
            skipped |= load.HasErrors;
            Merge(builder, KnowledgePipeline.CreateDefault().Run(load.Documents, keepTokens: false).Graph);
        }
        return (builder.Build(), skipped);
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
