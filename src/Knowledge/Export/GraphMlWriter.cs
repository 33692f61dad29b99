using System.Text;
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
        foreach (var node in graph.Nodes) WriteNode(w, node, keys, options);
        int index = 0;
        foreach (var edge in graph.Edges) WriteEdge(w, edge, index++, keys);
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

    private static void WriteNode(XmlWriter w, GraphNode node, GraphMlKeys keys, GraphMlOptions options)
    {
        w.WriteStartElement("node", Namespace);
        w.WriteAttributeString("id", NodeId(node));
        WriteData(w, GraphMlKeys.NodeLabel, node.Label);
        WriteData(w, GraphMlKeys.NodeType, node.Type.ToString());
        if (node.Aliases.Length > 0) WriteData(w, GraphMlKeys.NodeAliases, string.Join("|", node.Aliases));
        WriteData(w, GraphMlKeys.NodeMentions, node.Mentions.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (node.Mentions.Length > 0) WriteData(w, GraphMlKeys.NodeDocIds, DocIds(node.Mentions));
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (k, v) in node.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var key = keys.ForNodeProperty(k);
            if (written.Add(key.Id)) WriteData(w, key, PropertyValues.Format(v));
        }
        if (options.Yed) WriteYedShape(w, node);
        w.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter w, GraphEdge edge, int index, GraphMlKeys keys)
    {
        w.WriteStartElement("edge", Namespace);
        w.WriteAttributeString("id", "e" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("source", NodeId(edge.Source));
        w.WriteAttributeString("target", NodeId(edge.Target));
        WriteData(w, GraphMlKeys.EdgeLabel, edge.Label);
        WriteData(w, GraphMlKeys.EdgeType, edge.Type.ToString());
        WriteData(w, GraphMlKeys.EdgeWeight, PropertyValues.FormatDouble(edge.Weight));
        if (edge.Evidence.Length > 0) WriteData(w, GraphMlKeys.EdgeDocIds, DocIds(edge.Evidence));
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (k, v) in edge.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var key = keys.ForEdgeProperty(k);
            if (written.Add(key.Id)) WriteData(w, key, PropertyValues.Format(v));
        }
        w.WriteEndElement();
    }

    private static void WriteData(XmlWriter w, GraphMlKey key, string value)
    {
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key.Id);
        w.WriteString(XmlChars.Clean(value));
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

    private static string DocIds(IEnumerable<Provenance> provenance) =>
        string.Join("|", provenance.Select(p => p.DocId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
