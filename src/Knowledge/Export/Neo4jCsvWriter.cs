using System.Globalization;
using System.Text;
using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>
/// Writes a graph as CSV files for <c>neo4j-admin database import</c>: one nodes file per node type
/// (<c>nodes-Person.csv</c>) and one relationships file per edge type (<c>relationships-SAID.csv</c>), each
/// with a header row in Neo4j's format.
/// </summary>
/// <remarks>
/// Nodes: <c>id:ID,label,aliases:string[],mentions:int,docIds:string[]</c>, then one typed column per property
/// key of that node type (<c>published:date</c>, <c>documents:int</c>, <c>title</c>…), then <c>:LABEL</c> (the
/// node type). Relationships: <c>:START_ID,:END_ID,:TYPE,weight:int,docIds:string[]</c>, then the edge type's
/// property columns. All nodes share one id space (ids are unique across types). Arrays use ';'; fields are
/// quoted where needed, so quote texts that hold line breaks need <c>--multiline-fields=true</c>. Files are
/// UTF-8 without BOM, lines end with "\n", rows follow the graph's order: the output is deterministic.
/// </remarks>
public static class Neo4jCsvWriter
{
    /// <summary>The node columns before the properties, in Neo4j's header format.</summary>
    public static IReadOnlyList<string> NodeHeaderStart { get; } = ["id:ID", "label", "aliases:string[]", "mentions:int", "docIds:string[]"];

    /// <summary>The relationship columns before the properties, in Neo4j's header format.</summary>
    public static IReadOnlyList<string> RelationshipHeaderStart { get; } = [":START_ID", ":END_ID", ":TYPE", "weight:int", "docIds:string[]"];

    private static readonly IReadOnlySet<string> NodeReserved = new HashSet<string>(StringComparer.Ordinal) { "id", "label", "aliases", "mentions", "docIds" };
    private static readonly IReadOnlySet<string> EdgeReserved = new HashSet<string>(StringComparer.Ordinal) { "weight", "docIds" };
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The nodes file's name for a node type, such as <c>nodes-Person.csv</c>.</summary>
    public static string NodesFileName(NodeType type) => $"nodes-{type}.csv";

    /// <summary>The relationships file's name for an edge type, such as <c>relationships-SAID.csv</c>.</summary>
    public static string RelationshipsFileName(EdgeType type) => $"relationships-{type}.csv";

    /// <summary>
    /// Creates <paramref name="directory"/> if needed and writes a nodes file for every node type the graph has
    /// and a relationships file for every edge type it has, each atomically. Returns the full paths: nodes files
    /// in <see cref="NodeType"/> order, then relationships files in <see cref="EdgeType"/> order.
    /// </summary>
    public static IReadOnlyList<string> Write(KnowledgeGraph graph, string directory)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string dir = Path.GetFullPath(directory);
        Directory.CreateDirectory(dir);
        var written = new List<string>();
        foreach (var type in Enum.GetValues<NodeType>().Where(t => graph.NodesOf(t).Any()))
        {
            string path = Path.Combine(dir, NodesFileName(type));
            AtomicFile.Write(path, s => WithWriter(s, w => WriteNodes(graph, type, w)));
            written.Add(path);
        }
        foreach (var type in Enum.GetValues<EdgeType>().Where(t => graph.Edges.Any(e => e.Type == t)))
        {
            string path = Path.Combine(dir, RelationshipsFileName(type));
            AtomicFile.Write(path, s => WithWriter(s, w => WriteRelationships(graph, type, w)));
            written.Add(path);
        }
        return written;
    }

    /// <summary>Writes the header and one row per node of <paramref name="type"/>, in id order.</summary>
    public static void WriteNodes(KnowledgeGraph graph, NodeType type, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var columns = Neo4jColumn.For(graph.NodesOf(type).Select(n => (IReadOnlyDictionary<string, object>)n.Properties), NodeReserved);
        WriteRow(writer, NodeHeaderStart.Concat(columns.Select(c => c.Header)).Append(":LABEL"), quote: false);
        foreach (var node in graph.NodesOf(type))
        {
            var fields = new List<string>(NodeHeaderStart.Count + columns.Count + 1)
            {
                node.Id,
                node.Label,
                Neo4jCsv.Array(node.Aliases),
                node.Mentions.Length.ToString(CultureInfo.InvariantCulture),
                DocIds(node.Mentions),
            };
            fields.AddRange(columns.Select(c => c.Format(node[c.Property])));
            fields.Add(type.ToString());
            WriteRow(writer, fields, quote: true);
        }
    }

    /// <summary>Writes the header and one row per edge of <paramref name="type"/>, in the graph's edge order.</summary>
    public static void WriteRelationships(KnowledgeGraph graph, EdgeType type, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var edges = graph.Edges.Where(e => e.Type == type);
        var columns = Neo4jColumn.For(edges.Select(e => (IReadOnlyDictionary<string, object>)e.Properties), EdgeReserved);
        WriteRow(writer, RelationshipHeaderStart.Concat(columns.Select(c => c.Header)), quote: false);
        foreach (var edge in edges)
        {
            var fields = new List<string>(RelationshipHeaderStart.Count + columns.Count)
            {
                edge.Source.Id,
                edge.Target.Id,
                type.ToString(),
                edge.Weight.ToString(CultureInfo.InvariantCulture),
                DocIds(edge.Evidence),
            };
            fields.AddRange(columns.Select(c => c.Format(edge.Properties.TryGetValue(c.Property, out var v) ? v : null)));
            WriteRow(writer, fields, quote: true);
        }
    }

    private static void WithWriter(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, Utf8, 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        write(writer);
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string> fields, bool quote)
    {
        bool first = true;
        foreach (var f in fields)
        {
            if (!first) writer.Write(Neo4jCsv.Delimiter);
            writer.Write(quote ? Neo4jCsv.Field(f) : f);
            first = false;
        }
        writer.Write('\n');
    }

    private static string DocIds(IEnumerable<Provenance> provenance) =>
        Neo4jCsv.Array(provenance.Select(p => p.DocId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
