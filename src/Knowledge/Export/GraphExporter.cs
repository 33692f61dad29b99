using Knowledge.Graph;
using Knowledge.Query;

namespace Knowledge.Export;

/// <summary>Writes a graph to a folder in the chosen formats, each file atomically (temp file, then rename).</summary>
public static class GraphExporter
{
    /// <summary>The JSON export's file name.</summary>
    public const string JsonFileName = "knowledge.json";

    /// <summary>The GraphML export's file name.</summary>
    public const string GraphMlFileName = "knowledge.graphml";

    /// <summary>The JSON Lines quotes export's file name.</summary>
    public const string QuotesFileName = "quotes.jsonl";

    /// <summary>The HTML view's file name.</summary>
    public const string HtmlFileName = "knowledge.html";

    /// <summary>The sub-folder that holds the Neo4j import CSV files.</summary>
    public const string Neo4jFolderName = "neo4j";

    /// <summary>
    /// Creates <paramref name="directory"/> if needed, writes the requested formats (replacing existing files
    /// atomically) and returns the full paths written, in this order: <see cref="JsonFileName"/>,
    /// <see cref="GraphMlFileName"/>, <see cref="QuotesFileName"/> (every quote, as <see cref="QuoteFinder.All"/>
    /// orders them, one per line), <see cref="HtmlFileName"/> (see <see cref="HtmlViewWriter"/>), then the files of <see cref="Neo4jFolderName"/> (see <see cref="Neo4jCsvWriter"/>).
    /// </summary>
    public static IReadOnlyList<string> Write(KnowledgeGraph graph, string directory, ExportFormats formats, GraphMlOptions? options = null) =>
        WriteFormats(graph, directory, formats, options, json: null);

    private static List<string> WriteFormats(KnowledgeGraph graph, string directory, ExportFormats formats, GraphMlOptions? options, JsonExportOptions? json)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string dir = Path.GetFullPath(directory);
        Directory.CreateDirectory(dir);
        var written = new List<string>();
        // quotes.jsonl and the HTML view list the same quotes: found once (indexing them is a walk of the whole graph).
        var quotes = new Lazy<IReadOnlyList<QuoteResult>>(() => new QuoteFinder(graph).All, LazyThreadSafetyMode.None);
        if (formats.HasFlag(ExportFormats.Json))
        {
            string path = Path.Combine(dir, JsonFileName);
            AtomicFile.Write(path, s => JsonGraphWriter.Write(graph, s, json ?? new JsonExportOptions()));
            written.Add(path);
        }
        if (formats.HasFlag(ExportFormats.GraphMl))
        {
            string path = Path.Combine(dir, GraphMlFileName);
            AtomicFile.Write(path, s => GraphMlWriter.Write(graph, s, options ?? new GraphMlOptions()));
            written.Add(path);
        }
        if (formats.HasFlag(ExportFormats.JsonLines))
        {
            string path = Path.Combine(dir, QuotesFileName);
            AtomicFile.Write(path, s => QuoteResultsWriter.WriteJsonLines(quotes.Value, s));
            written.Add(path);
        }
        if (formats.HasFlag(ExportFormats.Html))
        {
            string path = Path.Combine(dir, HtmlFileName);
            AtomicFile.Write(path, s => HtmlViewWriter.Write(graph, s, HtmlViewWriter.DefaultTitle, quotes.Value));
            written.Add(path);
        }
        if (formats.HasFlag(ExportFormats.Neo4j))
            written.AddRange(Neo4jCsvWriter.Write(graph, Path.Combine(dir, Neo4jFolderName)));
        return written;
    }

    /// <summary>
    /// Writes as <see cref="Write"/> does, and keeps the folder's <see cref="OutputManifest"/>: the files the
    /// folder's manifest lists from an earlier run that this run does not write (a format no longer asked for, a
    /// Neo4j CSV of a type the graph no longer has) are deleted, with the <see cref="Neo4jFolderName"/> folder when
    /// it is left empty, then the manifest is replaced by the list of files written now. Files the manifest does not
    /// list are never touched. <paramref name="json"/> says how knowledge.json is indented (by default as
    /// <see cref="JsonExportOptions"/> says).
    /// </summary>
    public static ExportedFiles WriteOwned(KnowledgeGraph graph, string directory, ExportFormats formats, GraphMlOptions? options = null, JsonExportOptions? json = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string dir = Path.GetFullPath(directory);
        var previous = OutputManifest.Read(dir);
        var written = WriteFormats(graph, dir, formats, options, json);
        var removed = OutputManifest.RemoveStale(dir, previous, written);
        OutputManifest.Write(dir, written);
        return new ExportedFiles(written, removed);
    }
}
