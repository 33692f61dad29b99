using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Knowledge.Graph;

/// <summary>
/// Accumulates nodes and edges; adding a node or edge whose id is already present merges it
/// (aliases, properties and provenance are united), so builders can be fed in any order.
/// </summary>
public sealed class KnowledgeGraphBuilder
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    // One draft per (source, type, target), in a list of small structs that the key indexes. An edge's ends are the
    // numbers of their ids (each id string is hashed once per edge added, and the key holds no reference), and its
    // evidence is a chain in one pool for all edges, deduplicated and ordered once, when the graph is built.
    private readonly Dictionary<string, int> _numberOfId = new(StringComparer.Ordinal);
    private readonly List<string> _idOfNumber = [];
    private readonly Dictionary<EdgeKey, int> _edgeIndex = [];
    private readonly List<EdgeDraft> _edges = [];
    private readonly EvidencePool _evidence = new();

    private readonly record struct EdgeKey(int Source, EdgeType Type, int Target);

    private struct EdgeDraft
    {
        public ImmutableSortedDictionary<string, object> Props;
        public EvidencePool.Chain Evidence;
    }

    // Mentions added to nodes already present (see AddMentions), merged into the node when it is next read or when the
    // graph is built: merging them one call at a time copied the node's growing mention list each time.
    private readonly Dictionary<string, List<Provenance>> _pendingMentions = new(StringComparer.Ordinal);

    /// <summary>Adds a node, or merges it into the node with the same id. Returns the stored node.</summary>
    public GraphNode AddNode(GraphNode node)
    {
        Flush(node.Id);
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
        ref var e = ref Draft(sourceId, type, targetId);
        if (evidence is not null)
            foreach (var p in evidence) _evidence.Add(ref e.Evidence, p);
        if (properties is not null)
            foreach (var (k, v) in properties)
                if (!e.Props.ContainsKey(k)) e.Props = e.Props.Add(k, v);
    }

    /// <summary>
    /// Adds an edge with one piece of evidence and, optionally, a ready property map (which a caller may share between
    /// edges): as the general overload, without a collection or a map built per call.
    /// </summary>
    internal void AddEdge(string sourceId, EdgeType type, string targetId, Provenance evidence, ImmutableSortedDictionary<string, object>? properties = null)
    {
        ref var e = ref Draft(sourceId, type, targetId);
        _evidence.Add(ref e.Evidence, evidence);
        if (properties is not null) MergeProperties(ref e, properties);
    }

    /// <summary>Adds an edge with the evidence given, as the general overload, without enumerating an interface.</summary>
    internal void AddEdge(string sourceId, EdgeType type, string targetId, ReadOnlySpan<Provenance> evidence)
    {
        ref var e = ref Draft(sourceId, type, targetId);
        foreach (var p in evidence) _evidence.Add(ref e.Evidence, p);
    }

    private static void MergeProperties(ref EdgeDraft e, ImmutableSortedDictionary<string, object> properties)
    {
        // An edge without properties takes the map as it is: the same entries the key-by-key merge below would add.
        if (e.Props.IsEmpty && properties.KeyComparer == StringComparer.Ordinal) e.Props = properties;
        else
            foreach (var (k, v) in properties)
                if (!e.Props.ContainsKey(k)) e.Props = e.Props.Add(k, v);
    }

    private ref EdgeDraft Draft(string sourceId, EdgeType type, string targetId)
    {
        ref int index = ref CollectionsMarshal.GetValueRefOrAddDefault(_edgeIndex, new EdgeKey(NumberOf(sourceId), type, NumberOf(targetId)), out bool exists);
        if (!exists)
        {
            index = _edges.Count;
            _edges.Add(new EdgeDraft { Props = PropertyMaps.Empty });
        }
        return ref CollectionsMarshal.AsSpan(_edges)[index];
    }

    private int NumberOf(string id)
    {
        ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numberOfId, id, out bool exists);
        if (!exists)
        {
            number = _idOfNumber.Count;
            _idOfNumber.Add(id);
        }
        return number;
    }

    /// <summary>
    /// Adds a node as <see cref="AddNode"/> does, but when a node with the same label, no aliases and every property
    /// of <paramref name="node"/> is already there, only notes the new node's mentions: they are merged (once each,
    /// in order, as <see cref="AddNode"/> would have them) when the node is next read or the graph is built. A node
    /// named again and again then costs its mentions, not a copy of all its mentions per time.
    /// </summary>
    internal void AddMentions(GraphNode node)
    {
        if (!_nodes.TryGetValue(node.Id, out var existing) || !node.Aliases.IsEmpty || !existing.Aliases.IsEmpty
            || node.Label != existing.Label || !node.Properties.Keys.All(existing.Properties.ContainsKey))
        {
            AddNode(node);
            return;
        }
        ref var pending = ref CollectionsMarshal.GetValueRefOrAddDefault(_pendingMentions, node.Id, out _);
        (pending ??= []).AddRange(node.Mentions);
    }

    private void Flush(string id)
    {
        if (_pendingMentions.Count == 0 || !_pendingMentions.Remove(id, out var pending)) return;
        var existing = _nodes[id];
        _nodes[id] = existing with { Mentions = existing.Mentions.Concat(pending).Distinct().Order().ToImmutableArray() };
    }

    /// <summary>Whether a node with this id has been added.</summary>
    public bool Contains(string id) => _nodes.ContainsKey(id);

    /// <summary>The node with this id, or null.</summary>
    public GraphNode? Find(string id)
    {
        Flush(id);
        return _nodes.TryGetValue(id, out var n) ? n : null;
    }

    /// <summary>Replaces a node's stored value (same id).</summary>
    public void Replace(GraphNode node)
    {
        // The node replaced had taken in its pending mentions; its replacement has not.
        _pendingMentions.Remove(node.Id);
        _nodes[node.Id] = node;
    }

    /// <summary>Builds the immutable graph. Edges whose ends are missing are dropped.</summary>
    public KnowledgeGraph Build()
    {
        foreach (var id in _pendingMentions.Keys.ToList()) Flush(id);
        var edges = new GraphEdge[_edges.Count];
        int kept = 0;
        // Each end's node looked up once, not once per edge.
        var nodeOfNumber = new GraphNode?[_idOfNumber.Count];
        for (int i = 0; i < nodeOfNumber.Length; i++) nodeOfNumber[i] = _nodes.GetValueOrDefault(_idOfNumber[i]);
        foreach (var (key, index) in _edgeIndex)
        {
            if (nodeOfNumber[key.Source] is not { } s || nodeOfNumber[key.Target] is not { } t) continue;
            var e = _edges[index];
            edges[kept++] = new GraphEdge(s, t, key.Type) { Properties = e.Props, Evidence = _evidence.Evidence(e.Evidence) };
        }
        if (kept < edges.Length) Array.Resize(ref edges, kept);
        var nodes = new GraphNode[_nodes.Count];
        _nodes.Values.CopyTo(nodes, 0);
        return new KnowledgeGraph(nodes, edges);
    }
}
