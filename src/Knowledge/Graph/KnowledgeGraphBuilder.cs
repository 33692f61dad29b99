using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Knowledge.Graph;

/// <summary>
/// Accumulates nodes and edges; adding a node or edge whose id is already present merges it
/// (aliases, properties and provenance are united), so builders can be fed in any order.
/// </summary>
public sealed class KnowledgeGraphBuilder
{
    // Every id a node or an edge end has, numbered in the order first seen, and the node of each number (null while
    // only edges name it): one hash of the id finds both a node and an edge end. An edge's ends are these numbers (the
    // key holds no reference), and its evidence is a chain in one pool for all edges, deduplicated and ordered once,
    // when the graph is built.
    private readonly Dictionary<string, int> _numberOfId = new(StringComparer.Ordinal);
    private readonly List<GraphNode?> _nodeOfNumber = [];
    private int _nodeCount;
    private readonly EdgeTable _edges = new();
    private readonly EvidencePool _evidence = new();

    // Mentions added to nodes already present (see AddMentions), merged into the node when it is next read or when the
    // graph is built: merging them one call at a time copied the node's growing mention list each time.
    private readonly Dictionary<string, List<Provenance>> _pendingMentions = new(StringComparer.Ordinal);

    /// <summary>Adds a node, or merges it into the node with the same id. Returns the stored node.</summary>
    public GraphNode AddNode(GraphNode node) => AddNumbered(node, out _);

    /// <summary>
    /// Adds a node as <see cref="AddNode(GraphNode)"/> does and returns its number, by which edges can then be added
    /// to it (<see cref="AddEdge(int, EdgeType, int, Provenance, PropertyMap?)"/>)
    /// without its id hashed again per edge.
    /// </summary>
    internal int AddNodeNumber(GraphNode node)
    {
        AddNumbered(node, out int number);
        return number;
    }

    private GraphNode AddNumbered(GraphNode node, out int number)
    {
        Flush(node.Id);
        number = NumberOf(node.Id);
        if (_nodeOfNumber[number] is not { } existing)
        {
            _nodeOfNumber[number] = node;
            _nodeCount++;
            return node;
        }
        var aliases = existing.Aliases.Concat(node.Aliases).Append(node.Label)
            .Where(a => a != existing.Label).Distinct(StringComparer.Ordinal)
            .OrderBy(a => a, StringComparer.Ordinal).ToImmutableArray();
        var props = existing.Properties.WithMissingFrom(node.Properties);
        var merged = existing with
        {
            Aliases = aliases,
            Properties = props,
            Mentions = ProvenanceOrder.Merged(existing.Mentions, node.Mentions.AsSpan()),
        };
        _nodeOfNumber[number] = merged;
        return merged;
    }

    /// <summary>
    /// Makes room for about <paramref name="more"/> ids (nodes or edge ends) beyond those already numbered, when a caller
    /// can tell how many are coming: the id table and the node list are made that size once rather than doubled to it
    /// (each doubling at tens of thousands of ids leaves a large array behind).
    /// </summary>
    internal void ReserveNodes(int more)
    {
        int count = _nodeOfNumber.Count + more;
        _numberOfId.EnsureCapacity(count);
        _nodeOfNumber.EnsureCapacity(count);
    }

    /// <summary>Makes room for about <paramref name="count"/> edges, when a caller can tell how many are coming.</summary>
    internal void ReserveEdges(int count) => _edges.Reserve(count);

    /// <summary>Adds an edge between two node ids, merging its evidence with an existing edge of the same type.</summary>
    public void AddEdge(string sourceId, EdgeType type, string targetId,
        IEnumerable<Provenance>? evidence = null, IReadOnlyDictionary<string, object>? properties = null)
    {
        ref var e = ref Draft(sourceId, type, targetId);
        if (evidence is not null)
            foreach (var p in evidence) _evidence.Add(ref e.Evidence, p);
        if (properties is not null) e.Props = e.Props.WithMissingFrom(properties as PropertyMap ?? PropertyMap.Create(properties));
    }

    /// <summary>
    /// Adds an edge with one piece of evidence and, optionally, a ready property map (which a caller may share between
    /// edges): as the general overload, without a collection or a map built per call.
    /// </summary>
    internal void AddEdge(string sourceId, EdgeType type, string targetId, Provenance evidence, PropertyMap? properties = null) =>
        AddEdge(NumberOf(sourceId), type, NumberOf(targetId), evidence, properties);

    /// <summary>
    /// As the overload by ids, between the ids with these numbers (<see cref="NumberOf"/>, <see cref="AddNodeNumber"/>):
    /// a caller that adds many edges to the same nodes hashes each id once, not once per edge.
    /// </summary>
    internal void AddEdge(int source, EdgeType type, int target, Provenance evidence, PropertyMap? properties = null)
    {
        ref var e = ref _edges.GetOrAdd(source, type, target);
        // Most edges have one piece of evidence: a new edge's is its final array at once, not a piece of the pool
        // copied into one when the graph is built (a second piece moves it into the pool).
        if (e.Evidence.Count == 0) _evidence.Share(ref e.Evidence, [evidence]);
        else _evidence.Add(ref e.Evidence, evidence);
        // An edge without properties takes the map as it is (WithMissingFrom).
        if (properties is not null) e.Props = e.Props.WithMissingFrom(properties);
    }

    /// <summary>Adds an edge with the evidence given, as the general overload, without enumerating an interface.</summary>
    internal void AddEdge(string sourceId, EdgeType type, string targetId, ReadOnlySpan<Provenance> evidence)
    {
        ref var e = ref Draft(sourceId, type, targetId);
        foreach (var p in evidence) _evidence.Add(ref e.Evidence, p);
    }

    /// <summary>
    /// Adds an edge with the evidence given, as the span overload, keeping <paramref name="evidence"/> itself as the
    /// edge's evidence when the edge is new (see <see cref="EvidencePool.Share"/>): the caller must not change the array.
    /// </summary>
    internal void AddEdgeSharing(string sourceId, EdgeType type, string targetId, Provenance[] evidence) =>
        AddEdgeSharing(NumberOf(sourceId), type, NumberOf(targetId), evidence);

    /// <summary>As the overload by ids, between the ids with these numbers (see <see cref="NumberOf"/>).</summary>
    internal void AddEdgeSharing(int source, EdgeType type, int target, Provenance[] evidence)
    {
        ref var e = ref _edges.GetOrAdd(source, type, target);
        _evidence.Share(ref e.Evidence, evidence);
    }

    private ref EdgeTable.Entry Draft(string sourceId, EdgeType type, string targetId) =>
        ref _edges.GetOrAdd(NumberOf(sourceId), type, NumberOf(targetId));

    /// <summary>The number of an id (a node's or an edge end's), given when the id is first seen.</summary>
    internal int NumberOf(string id)
    {
        ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numberOfId, id, out bool exists);
        if (!exists)
        {
            number = _nodeOfNumber.Count;
            _nodeOfNumber.Add(null);
        }
        return number;
    }

    // The node with this id, or null, without numbering an id seen for the first time.
    private GraphNode? NodeOf(string id) => _numberOfId.TryGetValue(id, out int number) ? _nodeOfNumber[number] : null;

    /// <summary>
    /// Adds a node as <see cref="AddNode"/> does, but when a node with the same label, no aliases and every property
    /// of <paramref name="node"/> is already there, only notes the new node's mentions: they are merged (once each,
    /// in order, as <see cref="AddNode"/> would have them) when the node is next read or the graph is built. A node
    /// named again and again then costs its mentions, not a copy of all its mentions per time.
    /// </summary>
    internal void AddMentions(GraphNode node)
    {
        if (NodeOf(node.Id) is not { } existing || !node.Aliases.IsEmpty || !existing.Aliases.IsEmpty
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
        int number = _numberOfId[id];
        var existing = _nodeOfNumber[number]!;
        _nodeOfNumber[number] = existing with { Mentions = ProvenanceOrder.Merged(existing.Mentions, CollectionsMarshal.AsSpan(pending)) };
    }

    /// <summary>The node with this number (see <see cref="NumberOf"/>), or null: as <see cref="Find"/>, without hashing its id.</summary>
    internal GraphNode? FindNumber(int number)
    {
        var node = _nodeOfNumber[number];
        if (node is null || _pendingMentions.Count == 0) return node;
        Flush(node.Id);
        return _nodeOfNumber[number];
    }

    /// <summary>Whether a node with this id has been added.</summary>
    public bool Contains(string id) => NodeOf(id) is not null;

    /// <summary>The node with this id, or null.</summary>
    public GraphNode? Find(string id)
    {
        Flush(id);
        return NodeOf(id);
    }

    /// <summary>
    /// The id already named (by a node or an edge end) that is equal to these characters, or null: a caller that
    /// builds an id on the stack reuses the stored string instead of making another.
    /// </summary>
    internal string? KnownId(ReadOnlySpan<char> id) => KnownId(id, out _);

    /// <summary>As <see cref="KnownId(ReadOnlySpan{char})"/>, with the id's number (see <see cref="NumberOf"/>) when it is known.</summary>
    internal string? KnownId(ReadOnlySpan<char> id, out int number)
    {
#if NET9_0_OR_GREATER
        return _numberOfId.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var known, out number) ? known : null;
#else
        string text = id.ToString();
        return _numberOfId.TryGetValue(text, out number) ? text : null;
#endif
    }

    /// <summary>Replaces a node's stored value (same id).</summary>
    public void Replace(GraphNode node)
    {
        // The node replaced had taken in its pending mentions; its replacement has not.
        _pendingMentions.Remove(node.Id);
        int number = NumberOf(node.Id);
        if (_nodeOfNumber[number] is null) _nodeCount++;
        _nodeOfNumber[number] = node;
    }

    /// <summary>Builds the immutable graph. Edges whose ends are missing are dropped.</summary>
    public KnowledgeGraph Build()
    {
        foreach (var id in _pendingMentions.Keys.ToList()) Flush(id);
        // The nodes sorted by id, and each number's place among them: the edges' sort keys are then made from the
        // numbers their ends already have, with no lookup of a node per end.
        // The ids are sorted by their numbers, with the ids in an array by number: the sort reads each id without going
        // through its node. Its scratch keys are the edges' sort keys' array, made once for both.
        var numbers = new int[_nodeCount];
        var idOfNumber = new string[_nodeOfNumber.Count];
        int n = 0;
        for (int number = 0; number < _nodeOfNumber.Count; number++)
            if (_nodeOfNumber[number] is { } node) (idOfNumber[number], numbers[n++]) = (node.Id, number);
        var keys = new ulong[Math.Max(_nodeCount, _edges.Count)];
        OrdinalSort.Sort(numbers, idOfNumber, keys);
        var nodes = new GraphNode[_nodeCount];
        var position = new int[_nodeOfNumber.Count];
        for (int i = 0; i < numbers.Length; i++) (nodes[i], position[numbers[i]]) = (_nodeOfNumber[numbers[i]]!, i);
        var edges = new GraphEdge[_edges.Count];
        bool keyed = true;
        int kept = 0;
        for (int i = 0; i < _edges.Count; i++)
        {
            ref var e = ref _edges[i];
            if (_nodeOfNumber[e.Source] is not { } s || _nodeOfNumber[e.Target] is not { } t) continue;
            keyed = keyed && EdgeOrder.Instance.TryKey(position[e.Source], e.Type, position[e.Target], nodes.Length, out keys[kept]);
            edges[kept++] = new GraphEdge(s, t, e.Type) { Properties = e.Props, Evidence = _evidence.Evidence(e.Evidence) };
        }
        if (kept < edges.Length) Array.Resize(ref edges, kept);
        if (!keyed) return new KnowledgeGraph(nodes, edges);
        // Each (source, type, target) is one edge, so the keys are distinct: the order is total.
        keys.AsSpan(0, kept).Sort(edges.AsSpan());
        return KnowledgeGraph.OfSorted(nodes, edges);
    }
}
