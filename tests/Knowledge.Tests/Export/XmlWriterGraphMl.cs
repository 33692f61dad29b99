using System.Text;
using System.Xml;
using Knowledge.Graph;

using Knowledge.Export;

namespace Knowledge.Tests.Export;

/// <summary>
/// The GraphML writer as it was written with <see cref="XmlWriter"/> (before issue 18 spelled the markup out): the
/// reference whose bytes <see cref="GraphMlWriter"/> must reproduce, kept in the tests only.
/// </summary>
internal static class XmlWriterGraphMl
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/>. The stream is left open.</summary>
    public static void Write(KnowledgeGraph graph, Stream stream, GraphMlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new GraphMlOptions();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
            CheckCharacters = true,
        };
        var keys = GraphMlKeys.For(graph);
        using var w = XmlWriter.Create(stream, settings);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        w.WriteAttributeString("xmlns", Namespace);
        w.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        if (options.Yed) w.WriteAttributeString("xmlns", "y", null, YedStyle.Namespace);
        w.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, options.Yed ? YedStyle.SchemaLocation : SchemaLocation);

        foreach (var key in keys.NodeKeys) WriteKey(w, key);
        if (options.Yed)
        {
            w.WriteStartElement("key", Namespace);
            w.WriteAttributeString("for", "node");
            w.WriteAttributeString("id", GraphMlKeys.YFilesNodeKeyId);
            w.WriteAttributeString("yfiles.type", "nodegraphics");
            w.WriteEndElement();
        }
        foreach (var key in keys.EdgeKeys) WriteKey(w, key);

        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", "G");
        w.WriteAttributeString("edgedefault", "directed");
        var scratch = new Scratch(graph.Nodes.Length);
        foreach (var node in graph.Nodes)
        {
            string id = NodeId(node);
            scratch.NodeIds.TryAdd(node, id);
            WriteNode(w, node, id, keys, options, scratch);
        }
        int index = 0;
        foreach (var edge in graph.Edges) WriteEdge(w, edge, index++, keys, scratch);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The id a node gets in the GraphML output.</summary>
    public static string NodeId(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string clean = XmlChars.Clean(node.Id);
        return clean.Length == 0 ? "_" : XmlConvert.EncodeNmToken(clean);
    }

    private static void WriteKey(XmlWriter w, GraphMlKey key)
    {
        w.WriteStartElement("key", Namespace);
        w.WriteAttributeString("id", key.Id);
        w.WriteAttributeString("for", key.For);
        w.WriteAttributeString("attr.name", key.Name);
        w.WriteAttributeString("attr.type", key.TypeName);
        w.WriteEndElement();
    }

    private static void WriteNode(XmlWriter w, GraphNode node, string id, GraphMlKeys keys, GraphMlOptions options, Scratch scratch)
    {
        w.WriteStartElement("node", Namespace);
        w.WriteAttributeString("id", id);
        WriteData(w, GraphMlKeys.NodeLabel, node.Label);
        WriteData(w, GraphMlKeys.NodeType, TypeNames.Of(node.Type));
        if (node.Aliases.Length > 0)
        {
            StartData(w, GraphMlKeys.NodeAliases);
            WriteJoined(w, node.Aliases.AsSpan());
            w.WriteEndElement();
        }
        StartData(w, GraphMlKeys.NodeMentions);
        scratch.WriteNumber(w, node.Mentions.Length);
        w.WriteEndElement();
        if (node.Mentions.Length > 0) WriteDocIds(w, GraphMlKeys.NodeDocIds, node.Mentions.AsSpan(), scratch);
        scratch.Written.Clear();
        foreach (var (k, v) in node.Properties)
        {
            var key = keys.ForNodeProperty(k);
            if (scratch.Written.Add(key.Id)) WriteValue(w, key, v, scratch);
        }
        if (options.Yed) WriteYedShape(w, node);
        w.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter w, GraphEdge edge, int index, GraphMlKeys keys, Scratch scratch)
    {
        w.WriteStartElement("edge", Namespace);
        w.WriteStartAttribute("id");
        w.WriteString("e");
        scratch.WriteNumber(w, index);
        w.WriteEndAttribute();
        w.WriteAttributeString("source", scratch.IdOf(edge.Source));
        w.WriteAttributeString("target", scratch.IdOf(edge.Target));
        WriteData(w, GraphMlKeys.EdgeLabel, edge.Label);
        WriteData(w, GraphMlKeys.EdgeType, TypeNames.Of(edge.Type));
        WriteValue(w, GraphMlKeys.EdgeWeight, (double)edge.Weight, scratch);
        if (edge.Evidence.Length > 0) WriteDocIds(w, GraphMlKeys.EdgeDocIds, edge.Evidence.AsSpan(), scratch);
        scratch.Written.Clear();
        foreach (var (k, v) in edge.Properties)
        {
            var key = keys.ForEdgeProperty(k);
            if (scratch.Written.Add(key.Id)) WriteValue(w, key, v, scratch);
        }
        w.WriteEndElement();
    }

    private static void StartData(XmlWriter w, GraphMlKey key)
    {
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key.Id);
    }

    private static void WriteData(XmlWriter w, GraphMlKey key, string value)
    {
        StartData(w, key);
        w.WriteString(XmlChars.Clean(value));
        w.WriteEndElement();
    }

    /// <summary>A property value as <see cref="PropertyValues.Format"/> writes it, without building the string for scalars and sequences.</summary>
    private static void WriteValue(XmlWriter w, GraphMlKey key, object value, Scratch scratch)
    {
        if (value is string s)
        {
            WriteData(w, key, s);
            return;
        }
        StartData(w, key);
        if (PropertyValues.TryFormat(value, scratch.Chars, out int n)) w.WriteChars(scratch.Chars, 0, n);
        else if (PropertyValues.AsStrings(value) is { } items) WriteJoined(w, items);
        else w.WriteString(XmlChars.Clean(PropertyValues.Format(value)));
        w.WriteEndElement();
    }

    /// <summary>Items joined by "|", each cleaned (the same text as cleaning the joined string: '|' is no surrogate).</summary>
    private static void WriteJoined(XmlWriter w, ReadOnlySpan<string> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) w.WriteString("|");
            w.WriteString(XmlChars.Clean(items[i]));
        }
    }

    private static void WriteJoined(XmlWriter w, IEnumerable<string> items)
    {
        bool first = true;
        foreach (var item in items)
        {
            if (!first) w.WriteString("|");
            w.WriteString(XmlChars.Clean(item ?? ""));
            first = false;
        }
    }

    /// <summary>The distinct document ids of the provenance, in ordinal order, joined by "|".</summary>
    private static void WriteDocIds(XmlWriter w, GraphMlKey key, ReadOnlySpan<Provenance> provenance, Scratch scratch)
    {
        var ids = scratch.Ids;
        ids.Clear();
        foreach (var p in provenance) ids.Add(p.DocId);
        ids.Sort(StringComparer.Ordinal);
        StartData(w, key);
        for (int i = 0; i < ids.Count; i++)
        {
            if (i > 0 && string.Equals(ids[i - 1], ids[i], StringComparison.Ordinal)) continue;
            if (i > 0) w.WriteString("|");
            w.WriteString(XmlChars.Clean(ids[i]));
        }
        w.WriteEndElement();
    }

    private static void WriteYedShape(XmlWriter w, GraphNode node)
    {
        var (color, shape) = YedStyle.For(node.Type);
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", GraphMlKeys.YFilesNodeKeyId);
        w.WriteStartElement("y", "ShapeNode", YedStyle.Namespace);
        w.WriteStartElement("y", "Fill", YedStyle.Namespace);
        w.WriteAttributeString("color", color);
        w.WriteAttributeString("transparent", "false");
        w.WriteEndElement();
        w.WriteStartElement("y", "NodeLabel", YedStyle.Namespace);
        w.WriteString(XmlChars.Clean(node.Label));
        w.WriteEndElement();
        w.WriteStartElement("y", "Shape", YedStyle.Namespace);
        w.WriteAttributeString("type", shape);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
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

        public void WriteNumber(XmlWriter w, int n)
        {
            n.TryFormat(Chars, out int length, provider: System.Globalization.CultureInfo.InvariantCulture);
            w.WriteChars(Chars, 0, length);
        }
    }
}
