using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>Writes a graph to a folder in the chosen formats, each file atomically (temp file, then rename).</summary>
public static class GraphExporter
{
    /// <summary>Writes the files and returns their paths, in a fixed order.</summary>
    public static IReadOnlyList<string> Write(KnowledgeGraph graph, string directory, ExportFormats formats, GraphMlOptions? options = null) =>
        throw new NotImplementedException();
}

/// <summary>Options of the GraphML writer.</summary>
public sealed record GraphMlOptions
{
    /// <summary>Adds yEd's ShapeNode labels and a colour per node type.</summary>
    public bool Yed { get; init; }
}
