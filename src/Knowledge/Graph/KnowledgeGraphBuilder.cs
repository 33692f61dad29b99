using System.Collections.Immutable;

namespace Knowledge.Graph;

/// <summary>
/// Accumulates nodes and edges; adding a node or edge whose id is already present merges it
/// (aliases, properties and provenance are united), so builders can be fed in any order.
/// </summary>
public sealed class KnowledgeGraphBuilder
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    // One draft per (source, type, target); its evidence is deduplicated and ordered once, when the graph is built.
    private readonly Dictionary<(string Source, EdgeType Type, string Target), EdgeDraft> _edges = [];

    private sealed class EdgeDraft(List<Provenance> evidence)
    {
        public ImmutableSortedDictionary<string, object> Props { get; set; } = ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal);

        public List<Provenance> Evidence { get; } = evidence;
    }

    /// <summary>Adds a node, or merges it into the node with the same id. Returns the stored node.</summary>
    public GraphNode AddNode(GraphNode node)
    {
        if (!_nodes.TryGetValue(node.Id, out var existing))
        {
            _nodes[node.Id] = node;
            return node;
        }
        var aliases = existing.Aliases.Concat(node.Aliases).Append(node.Label)
            .Where(a => a != existing.Label).Distinct(StringComparer.Ordinal)
            .OrderBy(a => a, StringComparer.Ordinal).ToImmutableArray();
        var props = existing.Properties;
        foreach (var (k, v) in node.Properties)
            if (!props.ContainsKey(k)) props = props.Add(k, v);
        var merged = existing with
        {
            Aliases = aliases,
            Properties = props,
            Mentions = existing.Mentions.Concat(node.Mentions).Distinct().Order().ToImmutableArray(),
        };
        _nodes[node.Id] = merged;
        return merged;
    }

    /// <summary>Adds an edge between two node ids, merging its evidence with an existing edge of the same type.</summary>
    public void AddEdge(string sourceId, EdgeType type, string targetId,
        IEnumerable<Provenance>? evidence = null, IReadOnlyDictionary<string, object>? properties = null)
    {
        var key = (sourceId, type, targetId);
        if (!_edges.TryGetValue(key, out var e))
            _edges[key] = e = new EdgeDraft(evidence is null ? [] : [.. evidence]);
        else if (evidence is not null) e.Evidence.AddRange(evidence);
        if (properties is not null)
            foreach (var (k, v) in properties)
                if (!e.Props.ContainsKey(k)) e.Props = e.Props.Add(k, v);
    }

    /// <summary>Whether a node with this id has been added.</summary>
    public bool Contains(string id) => _nodes.ContainsKey(id);

    /// <summary>The node with this id, or null.</summary>
    public GraphNode? Find(string id) => _nodes.TryGetValue(id, out var n) ? n : null;

    /// <summary>Replaces a node's stored value (same id).</summary>
    public void Replace(GraphNode node) => _nodes[node.Id] = node;

    /// <summary>Builds the immutable graph. Edges whose ends are missing are dropped.</summary>
    public KnowledgeGraph Build()
    {
        var edges = new List<GraphEdge>(_edges.Count);
        foreach (var ((source, type, target), e) in _edges)
        {
            if (!_nodes.TryGetValue(source, out var s) || !_nodes.TryGetValue(target, out var t)) continue;
            edges.Add(new GraphEdge(s, t, type) { Properties = e.Props, Evidence = e.Evidence.Distinct().Order().ToImmutableArray() });
        }
        return new KnowledgeGraph(_nodes.Values, edges);
    }
}
