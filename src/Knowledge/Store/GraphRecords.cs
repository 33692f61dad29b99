using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Knowledge.Graph;

namespace Knowledge.Store;

/// <summary>The kinds of property value a graph holds, kept beside each stored value so it reads back as the same type.</summary>
internal enum PropertyKind
{
    /// <summary>A <see cref="string"/>.</summary>
    String,
    /// <summary>An <see cref="int"/>.</summary>
    Int32,
    /// <summary>A <see cref="long"/>.</summary>
    Int64,
    /// <summary>A <see cref="double"/>, in round-trip form.</summary>
    Double,
    /// <summary>A <see cref="bool"/>.</summary>
    Boolean,
    /// <summary>A <see cref="DateOnly"/>, yyyy-MM-dd.</summary>
    Date,
    /// <summary>A <see cref="DateTime"/>, ISO round-trip form.</summary>
    DateTime,
    /// <summary>A sequence of strings, as a JSON array.</summary>
    Strings,
}

/// <summary>A node or edge property as stored: key, value kind and the value in invariant text.</summary>
internal sealed record StoredProperty(string Key, PropertyKind Kind, string Value);

/// <summary>A graph node as stored in <c>graph_nodes.record</c>.</summary>
internal sealed record StoredNode(string Id, NodeType Type, string Label, ImmutableArray<string> Aliases, ImmutableArray<StoredProperty> Properties, ImmutableArray<Provenance> Mentions);

/// <summary>A graph edge as stored in <c>graph_edges.record</c>.</summary>
internal sealed record StoredEdge(string Source, EdgeType Type, string Target, ImmutableArray<StoredProperty> Properties, ImmutableArray<Provenance> Evidence);

/// <summary>A resolved graph ↔ stored node and edge records, exactly: the graph read back exports byte for byte as the one saved.</summary>
internal static class GraphRecords
{
    public static StoredNode Of(GraphNode node) =>
        new(node.Id, node.Type, node.Label, node.Aliases, Properties(node.Properties), node.Mentions);

    public static StoredEdge Of(GraphEdge edge) =>
        new(edge.Source.Id, edge.Type, edge.Target.Id, Properties(edge.Properties), edge.Evidence);

    public static KnowledgeGraph Build(IEnumerable<StoredNode> nodes, IEnumerable<StoredEdge> edges)
    {
        var builder = new KnowledgeGraphBuilder();
        // One property builder for the whole graph, so that maps with the same keys share them.
        var values = new PropertyMapBuilder();
        foreach (var n in nodes)
            builder.AddNode(new GraphNode(n.Id, n.Type, n.Label)
            {
                Aliases = n.Aliases.IsDefault ? [] : n.Aliases,
                Properties = Values(n.Properties, values),
                Mentions = n.Mentions.IsDefault ? [] : n.Mentions,
            });
        foreach (var e in edges)
            builder.AddEdge(e.Source, e.Type, e.Target, e.Evidence.IsDefault ? [] : e.Evidence, Values(e.Properties, values));
        return builder.Build();
    }

    private static ImmutableArray<StoredProperty> Properties(PropertyMap properties) =>
        properties.Select(p => Property(p.Key, p.Value)).ToImmutableArray();

    private static StoredProperty Property(string key, object value) => value switch
    {
        string s => new(key, PropertyKind.String, s),
        int i => new(key, PropertyKind.Int32, i.ToString(CultureInfo.InvariantCulture)),
        long l => new(key, PropertyKind.Int64, l.ToString(CultureInfo.InvariantCulture)),
        double d => new(key, PropertyKind.Double, d.ToString("R", CultureInfo.InvariantCulture)),
        bool b => new(key, PropertyKind.Boolean, b ? "true" : "false"),
        DateOnly d => new(key, PropertyKind.Date, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime dt => new(key, PropertyKind.DateTime, dt.ToString("O", CultureInfo.InvariantCulture)),
        IEnumerable<string> items => new(key, PropertyKind.Strings, JsonSerializer.Serialize(items.ToArray(), StoreJson.Info<string[]>())),
        _ => throw new NotSupportedException($"property \"{key}\" has a value of type {value.GetType().Name}, which the store cannot keep"),
    };

    private static PropertyMap Values(ImmutableArray<StoredProperty> properties, PropertyMapBuilder values)
    {
        if (!properties.IsDefault)
            foreach (var p in properties) values[p.Key] = Value(p);
        return values.ToImmutable();
    }

    private static object Value(StoredProperty p) => p.Kind switch
    {
        PropertyKind.String => p.Value,
        PropertyKind.Int32 => int.Parse(p.Value, CultureInfo.InvariantCulture),
        PropertyKind.Int64 => long.Parse(p.Value, CultureInfo.InvariantCulture),
        PropertyKind.Double => double.Parse(p.Value, CultureInfo.InvariantCulture),
        PropertyKind.Boolean => p.Value == "true",
        PropertyKind.Date => DateOnly.ParseExact(p.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        PropertyKind.DateTime => DateTime.ParseExact(p.Value, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        PropertyKind.Strings => JsonSerializer.Deserialize(p.Value, StoreJson.Info<ImmutableArray<string>>()),
        _ => throw new FormatException($"unknown property kind {p.Kind}"),
    };
}
