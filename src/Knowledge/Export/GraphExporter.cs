using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>Writes a graph to a folder in the chosen formats, each file atomically (temp file, then rename).</summary>
public static class GraphExporter
{
    /// <summary>The JSON export's file name.</summary>
    public const string JsonFileName = "knowledge.json";

    /// <summary>The GraphML export's file name.</summary>
    public const string GraphMlFileName = "knowledge.graphml";

    /// <summary>
    /// Creates <paramref name="directory"/> if needed, writes <see cref="JsonFileName"/> and/or
    /// <see cref="GraphMlFileName"/> (replacing existing files atomically) and returns their full paths,
    /// JSON first.
    /// </summary>
    public static IReadOnlyList<string> Write(KnowledgeGraph graph, string directory, ExportFormats formats, GraphMlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string dir = Path.GetFullPath(directory);
        Directory.CreateDirectory(dir);
        var written = new List<string>(2);
        if (formats.HasFlag(ExportFormats.Json))
        {
            string path = Path.Combine(dir, JsonFileName);
            AtomicFile.Write(path, s => JsonGraphWriter.Write(graph, s));
            written.Add(path);
        }
        if (formats.HasFlag(ExportFormats.GraphMl))
        {
            string path = Path.Combine(dir, GraphMlFileName);
            AtomicFile.Write(path, s => GraphMlWriter.Write(graph, s, options ?? new GraphMlOptions()));
            written.Add(path);
        }
        return written;
    }
}
