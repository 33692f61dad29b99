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
        // Nodes and edges are sorted into their types once: a pass over the whole graph per type (to see whether it
        // has any, to find its columns, to write its rows) read every edge some forty times.
        var nodesByType = ByType(graph.Nodes.AsSpan(), static n => (int)n.Type, Enum.GetValues<NodeType>().Length);
        var edgesByType = ByType(graph.Edges.AsSpan(), static e => (int)e.Type, Enum.GetValues<EdgeType>().Length);
        foreach (var type in Enum.GetValues<NodeType>())
        {
            if (nodesByType[(int)type] is not { } nodes) continue;
            string path = Path.Combine(dir, NodesFileName(type));
            AtomicFile.Write(path, s => WithCsv(s, csv => WriteNodes(nodes, type, csv)));
            written.Add(path);
        }
        foreach (var type in Enum.GetValues<EdgeType>())
        {
            if (edgesByType[(int)type] is not { } edges) continue;
            string path = Path.Combine(dir, RelationshipsFileName(type));
            AtomicFile.Write(path, s => WithCsv(s, csv => WriteRelationships(edges, type, csv)));
            written.Add(path);
        }
        return written;
    }

    /// <summary>The items of each type (by the type's value), in their order; null for a type with none.</summary>
    private static List<T>?[] ByType<T>(ReadOnlySpan<T> items, Func<T, int> typeOf, int typeCount)
    {
        var byType = new List<T>?[typeCount];
        foreach (var item in items) (byType[typeOf(item)] ??= []).Add(item);
        return byType;
    }

    /// <summary>
    /// Writes the header and one row per node of <paramref name="type"/>, in id order, as text: the characters of the
    /// file's UTF-8 (a lone surrogate, which a file cannot hold, as U+FFFD).
    /// </summary>
    public static void WriteNodes(KnowledgeGraph graph, NodeType type, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteNodes(graph, type, new TextWriterStream(writer));
    }

    /// <summary>Writes the header and one row per node of <paramref name="type"/>, in id order, as the file's UTF-8 bytes.</summary>
    public static void WriteNodes(KnowledgeGraph graph, NodeType type, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        var nodes = graph.NodesOf(type).ToList();
        WithCsv(stream, csv => WriteNodes(nodes, type, csv));
    }

    private static void WriteNodes(List<GraphNode> nodes, NodeType type, Neo4jCsv csv)
    {
        var columns = Neo4jColumn.For(nodes, static n => n.Properties, NodeReserved);
        WriteHeader(csv, NodeHeaderStart.Concat(columns.Select(c => c.Header)).Append(":LABEL"));
        string label = type.ToString();
        for (int i = 0; i < nodes.Count; i++)
        {
            if (i % TouchAhead == 0) s_touched = Touch(nodes, i);
            var node = nodes[i];
            csv.Field(node.Id);
            csv.Field(node.Label);
            csv.Array(node.Aliases.AsSpan());
            csv.Int(node.Mentions.Length);
            csv.DocIds(node.Mentions.AsSpan());
            Neo4jColumn.WriteAll(csv, columns, node.Properties);
            csv.Field(label);
            csv.EndRow();
        }
    }

    /// <summary>
    /// Writes the header and one row per edge of <paramref name="type"/>, in the graph's edge order, as text: the
    /// characters of the file's UTF-8 (a lone surrogate, which a file cannot hold, as U+FFFD).
    /// </summary>
    public static void WriteRelationships(KnowledgeGraph graph, EdgeType type, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteRelationships(graph, type, new TextWriterStream(writer));
    }

    /// <summary>Writes the header and one row per edge of <paramref name="type"/>, in the graph's edge order, as the file's UTF-8 bytes.</summary>
    public static void WriteRelationships(KnowledgeGraph graph, EdgeType type, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        var edges = graph.Edges.Where(e => e.Type == type).ToList();
        WithCsv(stream, csv => WriteRelationships(edges, type, csv));
    }

    private static void WriteRelationships(List<GraphEdge> edges, EdgeType type, Neo4jCsv csv)
    {
        var columns = Neo4jColumn.For(edges, static e => e.Properties, EdgeReserved);
        WriteHeader(csv, RelationshipHeaderStart.Concat(columns.Select(c => c.Header)));
        string label = type.ToString();
        for (int i = 0; i < edges.Count; i++)
        {
            if (i % TouchAhead == 0) s_touched = Touch(edges, i);
            var edge = edges[i];
            csv.Field(edge.Source.Id);
            csv.Field(edge.Target.Id);
            csv.Field(label);
            csv.Int(edge.Weight);
            csv.DocIds(edge.Evidence.AsSpan());
            Neo4jColumn.WriteAll(csv, columns, edge.Properties);
            csv.EndRow();
        }
    }

    /// <summary>How many rows <see cref="Touch(List{GraphEdge}, int)"/> reads ahead.</summary>
    private const int TouchAhead = 32;

    /// <summary>The last sum of a <c>Touch</c>, stored only so the reads are not optimised away.</summary>
    private static int s_touched;

    /// <summary>
    /// Reads what the next rows' fields start from (each end's id, the evidence) in one tight loop, so the cache misses of
    /// those edges overlap instead of stalling row by row: an edge's ends are nodes anywhere in the heap, and the row loop
    /// waited on them for most of its time. Returns a sum only so the reads are kept.
    /// </summary>
    private static int Touch(List<GraphEdge> edges, int from)
    {
        int sum = 0;
        for (int i = from, end = Math.Min(edges.Count, from + TouchAhead); i < end; i++)
        {
            var edge = edges[i];
            sum += edge.Source.Id.Length + edge.Target.Id.Length + edge.Evidence.Length;
        }
        return sum;
    }

    /// <summary>As <see cref="Touch(List{GraphEdge}, int)"/> for node rows: the id, the label, the aliases and the mentions.</summary>
    private static int Touch(List<GraphNode> nodes, int from)
    {
        int sum = 0;
        for (int i = from, end = Math.Min(nodes.Count, from + TouchAhead); i < end; i++)
        {
            var node = nodes[i];
            sum += node.Id.Length + node.Label.Length + node.Aliases.Length + node.Mentions.Length;
        }
        return sum;
    }

    /// <summary>Writes with a field writer on <paramref name="stream"/> and flushes what it leaves pending.</summary>
    private static void WithCsv(Stream stream, Action<Neo4jCsv> write)
    {
        using var csv = new Neo4jCsv(stream);
        write(csv);
        csv.Flush();
    }

    private static void WriteHeader(Neo4jCsv csv, IEnumerable<string> names)
    {
        foreach (var name in names) csv.Raw(name);
        csv.EndRow();
    }
}
