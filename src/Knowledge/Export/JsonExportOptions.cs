using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>Options of the JSON export (<see cref="JsonGraphWriter"/>).</summary>
/// <remarks>
/// Indentation is for people reading or diffing the file; it costs bytes, not meaning, and the reader and the
/// scorer read both forms. On a large graph it is most of the file (about a third of knowledge.json at 3,000
/// nodes, more as nesting deepens), and nobody reads a file of tens of megabytes line by line, so
/// <see cref="JsonIndentation.Auto"/> indents graphs of up to <see cref="AutoIndentMaxNodes"/> nodes, where a
/// diff of the file is still useful and where earlier runs' outputs must stay byte-identical, and writes larger
/// ones compact.
/// </remarks>
public sealed record JsonExportOptions
{
    /// <summary>The most nodes a graph can have and still be indented under <see cref="JsonIndentation.Auto"/>.</summary>
    public const int AutoIndentMaxNodes = 10_000;

    /// <summary>Whether the file is indented; <see cref="JsonIndentation.Auto"/> by default.</summary>
    public JsonIndentation Indentation { get; init; } = JsonIndentation.Auto;

    /// <summary>Whether <paramref name="graph"/> is written indented under these options.</summary>
    public bool IsIndented(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Indentation switch
        {
            JsonIndentation.Always => true,
            JsonIndentation.Never => false,
            _ => graph.Nodes.Length <= AutoIndentMaxNodes,
        };
    }
}
