using System.Collections.Immutable;
using System.Xml;
using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>
/// Writes a graph as GraphML that validates against the GraphML 1.1 schema and loads in Gephi, yEd,
/// NetworkX and igraph: every <c>&lt;key&gt;</c> before the graph, stable unique key ids, keys for node or
/// edge only, attr.type from boolean/int/long/float/double/string and consistent per key, a "label"
/// attribute on nodes and edges and a double "weight" on edges.
/// </summary>
/// <remarks>
/// Output is UTF-8 without BOM, indented with "\n", deterministic (nodes and edges in the graph's order;
/// edge ids e0, e1, … in that order) and streamed. Characters XML 1.0 cannot carry are dropped from every
/// string. Node ids that are not XML NMTOKENs (the schema's id type) are escaped with
/// <see cref="XmlConvert.EncodeNmToken"/>; the ids the library makes are NMTOKENs and pass unchanged.
/// Node attributes: label, type, aliases and docIds (joined with "|"), mentions (count) and each property;
/// edge attributes: label, type, weight, docIds and each property. Dates are ISO strings, string lists are
/// joined with "|".
/// </remarks>
public static class GraphMlWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/>. The stream is left open.</summary>
    /// <remarks>
    /// The markup is spelled out as XmlWriter (indented by two spaces, "\n" new lines, new lines entitized) writes
    /// it; <see cref="Utf8XmlOutput"/> escapes the text. Far cheaper than XmlWriter's per-element checks, and the
    /// specs compare the bytes with XmlWriter's.
    /// </remarks>
    public static void Write(KnowledgeGraph graph, Stream stream, GraphMlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new GraphMlOptions();
        var keys = GraphMlKeys.For(graph);
        using var o = new Utf8XmlOutput(stream);
        o.Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml xmlns=\""u8);
        o.AttributeValue(Namespace);
        o.Raw("\" xmlns:xsi=\""u8);
        o.AttributeValue(XsiNamespace);
        if (options.Yed)
        {
            o.Raw("\" xmlns:y=\""u8);
            o.AttributeValue(YedStyle.Namespace);
        }
        o.Raw("\" xsi:schemaLocation=\""u8);
        o.AttributeValue(options.Yed ? YedStyle.SchemaLocation : SchemaLocation);
        o.Raw("\">"u8);

        foreach (var key in keys.NodeKeys) WriteKey(o, key);
        if (options.Yed)
        {
            o.Raw("\n  <key for=\"node\" id=\""u8);
            o.AttributeValue(GraphMlKeys.YFilesNodeKeyId);
            o.Raw("\" yfiles.type=\"nodegraphics\" />"u8);
        }
        foreach (var key in keys.EdgeKeys) WriteKey(o, key);

        o.Raw("\n  <graph id=\"G\" edgedefault=\"directed\""u8);
        if (graph.Nodes.Length == 0 && graph.Edges.Length == 0) o.Raw(" />"u8);
        else
        {
            o.Raw(">"u8);
            var scratch = new Scratch(graph.Nodes.Length);
            foreach (var node in graph.Nodes)
            {
                string id = NodeId(node);
                scratch.NodeIds.TryAdd(node, id);
                WriteNode(o, node, id, keys, options, scratch);
            }
            int index = 0;
            foreach (var edge in graph.Edges) WriteEdge(o, edge, index++, keys, scratch);
            o.Raw("\n  </graph>"u8);
        }
        o.Raw("\n</graphml>\n"u8);
        o.Flush();
    }

    /// <summary>The id a node gets in the GraphML output.</summary>
    public static string NodeId(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string clean = XmlChars.Clean(node.Id);
        return clean.Length == 0 ? "_" : XmlConvert.EncodeNmToken(clean);
    }

    private static void WriteKey(Utf8XmlOutput o, GraphMlKey key)
    {
        o.Raw("\n  <key id=\""u8);
        o.AttributeValue(key.Id);
        o.Raw("\" for=\""u8);
        o.AttributeValue(key.For);
        o.Raw("\" attr.name=\""u8);
        o.AttributeValue(key.Name);
        o.Raw("\" attr.type=\""u8);
        o.AttributeValue(key.TypeName);
        o.Raw("\" />"u8);
    }

    private static void WriteNode(Utf8XmlOutput o, GraphNode node, string id, GraphMlKeys keys, GraphMlOptions options, Scratch scratch)
    {
        o.Raw("\n    <node id=\""u8);
        o.AttributeValue(id);
        o.Raw("\">"u8);
        WriteData(o, GraphMlKeys.NodeLabel, node.Label);
        WriteData(o, GraphMlKeys.NodeType, TypeNames.Of(node.Type));
        if (node.Aliases.Length > 0)
        {
            StartData(o, GraphMlKeys.NodeAliases);
            WriteJoined(o, node.Aliases.AsSpan());
            EndData(o);
        }
        StartData(o, GraphMlKeys.NodeMentions);
        o.Int(node.Mentions.Length);
        EndData(o);
        if (node.Mentions.Length > 0) WriteDocIds(o, GraphMlKeys.NodeDocIds, node.Mentions.AsSpan(), scratch);
        WriteProperties(o, node.Properties, ofNode: true, keys, scratch);
        if (options.Yed) WriteYedShape(o, node);
        o.Raw("\n    </node>"u8);
    }

    private static void WriteEdge(Utf8XmlOutput o, GraphEdge edge, int index, GraphMlKeys keys, Scratch scratch)
    {
        o.Raw("\n    <edge id=\"e"u8);
        o.Int(index);
        o.Raw("\" source=\""u8);
        o.AttributeValue(scratch.IdOf(edge.Source));
        o.Raw("\" target=\""u8);
        o.AttributeValue(scratch.IdOf(edge.Target));
        o.Raw("\">"u8);
        WriteData(o, GraphMlKeys.EdgeLabel, edge.Label);
        WriteData(o, GraphMlKeys.EdgeType, TypeNames.Of(edge.Type));
        WriteValue(o, GraphMlKeys.EdgeWeight, (double)edge.Weight, scratch);
        if (edge.Evidence.Length > 0) WriteDocIds(o, GraphMlKeys.EdgeDocIds, edge.Evidence.AsSpan(), scratch);
        WriteProperties(o, edge.Properties, ofNode: false, keys, scratch);
        o.Raw("\n    </edge>"u8);
    }

    /// <summary>
    /// Each property whose key id is not written yet, in ordinal key order. The library's maps are ordinal already: they
    /// are enumerated with their struct enumerator, without an enumerator boxed per node and edge.
    /// </summary>
    private static void WriteProperties(Utf8XmlOutput o, PropertyMap properties, bool ofNode, GraphMlKeys keys, Scratch scratch)
    {
        scratch.Written.Clear();
        foreach (var property in properties) WriteProperty(o, property, ofNode, keys, scratch);
    }

    private static void WriteProperty(Utf8XmlOutput o, KeyValuePair<string, object> property, bool ofNode, GraphMlKeys keys, Scratch scratch)
    {
        var key = ofNode ? keys.ForNodeProperty(property.Key) : keys.ForEdgeProperty(property.Key);
        if (scratch.Written.Add(key.Id)) WriteValue(o, key, property.Value, scratch);
    }

    /// <summary>A data element's start tag, closed: every caller writes text into it (an empty string included, as XmlWriter's WriteString("") does).</summary>
    private static void StartData(Utf8XmlOutput o, GraphMlKey key) => o.Raw(key.DataStartTag);

    private static void EndData(Utf8XmlOutput o) => o.Raw("</data>"u8);

    private static void WriteData(Utf8XmlOutput o, GraphMlKey key, string value)
    {
        StartData(o, key);
        o.CleanText(value);
        EndData(o);
    }

    /// <summary>A property value as <see cref="PropertyValues.Format"/> writes it, without building the string for scalars and sequences.</summary>
    private static void WriteValue(Utf8XmlOutput o, GraphMlKey key, object value, Scratch scratch)
    {
        if (value is string s)
        {
            WriteData(o, key, s);
            return;
        }
        if (PropertyValues.TryFormat(value, scratch.Chars, out int n))
        {
            StartData(o, key);
            o.Text(scratch.Chars.AsSpan(0, n));
            EndData(o);
        }
        else if (PropertyValues.AsStrings(value) is { } items) WriteJoined(o, key, items);
        else WriteData(o, key, PropertyValues.Format(value));
    }

    /// <summary>Items joined by "|", each cleaned (the same text as cleaning the joined string: '|' is no surrogate).</summary>
    private static void WriteJoined(Utf8XmlOutput o, ReadOnlySpan<string> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) o.Raw("|"u8);
            o.CleanText(items[i]);
        }
    }

    /// <summary>A sequence's items joined by "|"; an empty sequence is an empty element, as XmlWriter closes one without text.</summary>
    private static void WriteJoined(Utf8XmlOutput o, GraphMlKey key, IEnumerable<string> items)
    {
        bool first = true;
        foreach (var item in items)
        {
            if (first) StartData(o, key);
            else o.Raw("|"u8);
            o.CleanText(item ?? "");
            first = false;
        }
        if (first)
        {
            o.Raw("\n      <data key=\""u8);
            o.AttributeValue(key.Id);
            o.Raw("\" />"u8);
        }
        else EndData(o);
    }

    /// <summary>The distinct document ids of the provenance, in ordinal order, joined by "|".</summary>
    private static void WriteDocIds(Utf8XmlOutput o, GraphMlKey key, ReadOnlySpan<Provenance> provenance, Scratch scratch)
    {
        var ids = scratch.Ids;
        ids.Clear();
        foreach (var p in provenance) ids.Add(p.DocId);
        ids.Sort(StringComparer.Ordinal);
        StartData(o, key);
        for (int i = 0; i < ids.Count; i++)
        {
            if (i > 0 && string.Equals(ids[i - 1], ids[i], StringComparison.Ordinal)) continue;
            if (i > 0) o.Raw("|"u8);
            o.CleanText(ids[i]);
        }
        EndData(o);
    }

    private static void WriteYedShape(Utf8XmlOutput o, GraphNode node)
    {
        var (color, shape) = YedStyle.For(node.Type);
        o.Raw("\n      <data key=\""u8);
        o.AttributeValue(GraphMlKeys.YFilesNodeKeyId);
        o.Raw("\">\n        <y:ShapeNode>\n          <y:Fill color=\""u8);
        o.AttributeValue(color);
        o.Raw("\" transparent=\"false\" />\n          <y:NodeLabel>"u8);
        o.CleanText(node.Label);
        o.Raw("</y:NodeLabel>\n          <y:Shape type=\""u8);
        o.AttributeValue(shape);
        o.Raw("\" />\n        </y:ShapeNode>\n      </data>"u8);
    }

    /// <summary>Buffers reused across the nodes and edges of one write.</summary>
    private sealed class Scratch(int nodeCount)
    {
        public List<string> Ids { get; } = [];
        public HashSet<string> Written { get; } = new(StringComparer.Ordinal);
        public char[] Chars { get; } = new char[64];

        /// <summary>
        /// Each node's written id, by the node object: an edge's ends are the graph's own nodes, so their ids are
        /// made once rather than cleaned and encoded again at every edge.
        /// </summary>
        public Dictionary<GraphNode, string> NodeIds { get; } = new(nodeCount, ReferenceEqualityComparer.Instance);

        public string IdOf(GraphNode node) => NodeIds.TryGetValue(node, out var id) ? id : NodeId(node);
    }
}
