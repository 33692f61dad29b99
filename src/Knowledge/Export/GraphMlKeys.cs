using System.Xml;
using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>The GraphML value types the writer uses (the schema's attr.type values).</summary>
internal enum GraphMlType
{
    Boolean,
    Int,
    Long,
    Double,
    String,
}

/// <summary>One <c>&lt;key&gt;</c> declaration: a stable id, its domain, attr.name and attr.type.</summary>
internal sealed record GraphMlKey(string Id, string For, string Name, GraphMlType Type)
{
    /// <summary>
    /// <c>\n      &lt;data key="ID"&gt;</c> in UTF-8, the start tag of every value of this key (ids are NMTOKENs: nothing to
    /// escape), encoded once rather than per node and edge.
    /// </summary>
    public byte[] DataStartTag { get; } = System.Text.Encoding.UTF8.GetBytes($"\n      <data key=\"{Id}\">");

    /// <summary>Keys are equal by their declaration; the encoded start tag follows from it.</summary>
    public bool Equals(GraphMlKey? other) =>
        other is not null && Id == other.Id && For == other.For && Name == other.Name && Type == other.Type;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, For, Name, Type);

    /// <summary>The attr.type text.</summary>
    public string TypeName => Type switch
    {
        GraphMlType.Boolean => "boolean",
        GraphMlType.Int => "int",
        GraphMlType.Long => "long",
        GraphMlType.Double => "double",
        _ => "string",
    };
}

/// <summary>
/// The keys of one graph's GraphML export. Structural keys have fixed ids (<c>n_label</c>, <c>e_weight</c>…);
/// each property gets <c>n_p_NAME</c> or <c>e_p_NAME</c>, so node and edge keys never share an id, and a
/// property whose name is a structural attribute's is renamed <c>p_NAME</c> so attr.names stay unique per domain.
/// A property's attr.type is its values' type when they agree (int and long widen to long), else string.
/// </summary>
internal sealed class GraphMlKeys
{
    public static readonly GraphMlKey NodeLabel = new("n_label", "node", "label", GraphMlType.String);
    public static readonly GraphMlKey NodeType = new("n_type", "node", "type", GraphMlType.String);
    public static readonly GraphMlKey NodeAliases = new("n_aliases", "node", "aliases", GraphMlType.String);
    public static readonly GraphMlKey NodeMentions = new("n_mentions", "node", "mentions", GraphMlType.Int);
    public static readonly GraphMlKey NodeDocIds = new("n_docIds", "node", "docIds", GraphMlType.String);
    public static readonly GraphMlKey EdgeLabel = new("e_label", "edge", "label", GraphMlType.String);
    public static readonly GraphMlKey EdgeType = new("e_type", "edge", "type", GraphMlType.String);
    public static readonly GraphMlKey EdgeWeight = new("e_weight", "edge", "weight", GraphMlType.Double);
    public static readonly GraphMlKey EdgeDocIds = new("e_docIds", "edge", "docIds", GraphMlType.String);

    /// <summary>The yEd node-graphics key's id.</summary>
    public const string YFilesNodeKeyId = "n_yfiles";

    private readonly SortedDictionary<string, GraphMlKey> _nodeProps;
    private readonly SortedDictionary<string, GraphMlKey> _edgeProps;

    // Each property key met, as written in the graph, to its declared key: a node's or edge's properties are looked up
    // with one hash each rather than escaped, name-encoded and found in the sorted map again.
    private readonly Dictionary<string, GraphMlKey> _byNodeProperty;
    private readonly Dictionary<string, GraphMlKey> _byEdgeProperty;

    private GraphMlKeys(SortedDictionary<string, GraphMlKey> nodeProps, SortedDictionary<string, GraphMlKey> edgeProps,
        Dictionary<string, string> nodeAttrNames, Dictionary<string, string> edgeAttrNames)
    {
        _nodeProps = nodeProps;
        _edgeProps = edgeProps;
        _byNodeProperty = ByProperty(nodeAttrNames, nodeProps);
        _byEdgeProperty = ByProperty(edgeAttrNames, edgeProps);
    }

    private static Dictionary<string, GraphMlKey> ByProperty(Dictionary<string, string> attrNames, SortedDictionary<string, GraphMlKey> keys)
    {
        var byProperty = new Dictionary<string, GraphMlKey>(attrNames.Count, StringComparer.Ordinal);
        foreach (var (property, attrName) in attrNames) byProperty[property] = keys[attrName];
        return byProperty;
    }

    /// <summary>Node keys in declaration order.</summary>
    public IEnumerable<GraphMlKey> NodeKeys =>
        new[] { NodeLabel, NodeType, NodeAliases, NodeMentions, NodeDocIds }.Concat(_nodeProps.Values);

    /// <summary>Edge keys in declaration order.</summary>
    public IEnumerable<GraphMlKey> EdgeKeys =>
        new[] { EdgeLabel, EdgeType, EdgeWeight, EdgeDocIds }.Concat(_edgeProps.Values);

    /// <summary>The key of a node property.</summary>
    public GraphMlKey ForNodeProperty(string property) =>
        _byNodeProperty.TryGetValue(property, out var key) ? key : _nodeProps[NodeAttrName(property)];

    /// <summary>The key of an edge property.</summary>
    public GraphMlKey ForEdgeProperty(string property) =>
        _byEdgeProperty.TryGetValue(property, out var key) ? key : _edgeProps[EdgeAttrName(property)];

    /// <summary>Scans the graph's properties and declares one key per node or edge property name.</summary>
    public static GraphMlKeys For(KnowledgeGraph graph)
    {
        var nodeTypes = new Dictionary<string, GraphMlType>(StringComparer.Ordinal);
        var nodeAttrNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in graph.Nodes)
            foreach (var (k, v) in n.Properties)
                Unify(nodeTypes, AttrNameOf(nodeAttrNames, k, PropertyNames.GraphMlNodeReserved), v);
        var edgeTypes = new Dictionary<string, GraphMlType>(StringComparer.Ordinal);
        var edgeAttrNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in graph.Edges)
            foreach (var (k, v) in e.Properties)
                Unify(edgeTypes, AttrNameOf(edgeAttrNames, k, PropertyNames.GraphMlEdgeReserved), v);
        return new GraphMlKeys(Declare(nodeTypes, "n_p_", "node"), Declare(edgeTypes, "e_p_", "edge"), nodeAttrNames, edgeAttrNames);
    }

    /// <summary>A property's attr.name, made once per distinct property key.</summary>
    private static string AttrNameOf(Dictionary<string, string> attrNames, string property, IReadOnlySet<string> reserved)
    {
        if (!attrNames.TryGetValue(property, out var name)) attrNames[property] = name = AttrName(PropertyNames.Escape(property, reserved));
        return name;
    }

    private static SortedDictionary<string, GraphMlKey> Declare(Dictionary<string, GraphMlType> types, string idPrefix, string domain)
    {
        var keys = new SortedDictionary<string, GraphMlKey>(StringComparer.Ordinal);
        foreach (var (name, type) in types) keys[name] = new GraphMlKey(idPrefix + name, domain, name, type);
        return keys;
    }

    private static void Unify(Dictionary<string, GraphMlType> types, string name, object value)
    {
        var t = TypeOf(value);
        if (!types.TryGetValue(name, out var seen)) types[name] = t;
        else if (seen != t)
            types[name] = (seen, t) is (GraphMlType.Int, GraphMlType.Long) or (GraphMlType.Long, GraphMlType.Int)
                ? GraphMlType.Long
                : GraphMlType.String;
    }

    private static GraphMlType TypeOf(object value) => value switch
    {
        bool => GraphMlType.Boolean,
        int => GraphMlType.Int,
        long => GraphMlType.Long,
        double or float => GraphMlType.Double,
        _ => GraphMlType.String,
    };

    private static string NodeAttrName(string property) => AttrName(PropertyNames.Escape(property, PropertyNames.GraphMlNodeReserved));

    private static string EdgeAttrName(string property) => AttrName(PropertyNames.Escape(property, PropertyNames.GraphMlEdgeReserved));

    /// <summary>attr.name must be an XML NMTOKEN: other characters are escaped as _xHHHH_ (reversibly, so names stay distinct).</summary>
    private static string AttrName(string escapedName) => XmlConvert.EncodeNmToken(escapedName);
}
