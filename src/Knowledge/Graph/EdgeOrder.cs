using System.Collections.Immutable;

namespace Knowledge.Graph;

/// <summary>
/// The order of a graph's edges: by source id, then by the type's name, then by target id (all ordinal). The types'
/// names are ranked once, so a comparison reads two ids and two integers instead of making a sort key per edge.
/// </summary>
internal sealed class EdgeOrder : IComparer<GraphEdge>
{
    public static EdgeOrder Instance { get; } = new();

    private readonly int[] _rankOfType;

    private EdgeOrder()
    {
        var types = Enum.GetValues<EdgeType>();
        var byName = types.OrderBy(t => t.ToString(), StringComparer.Ordinal).ToArray();
        _rankOfType = new int[types.Max(t => (int)t) + 1];
        Array.Fill(_rankOfType, -1);
        for (int rank = 0; rank < byName.Length; rank++) _rankOfType[(int)byName[rank]] = rank;
    }

    /// <summary>
    /// Sorts <paramref name="edges"/> in this order. When every end is one of <paramref name="nodes"/> (sorted by id,
    /// each id once), each edge's place is three integers — its ends' positions among the nodes and its type's rank —
    /// packed in one number, so the sort compares numbers, not ids.
    /// </summary>
    public void Sort(GraphEdge[] edges, ImmutableArray<GraphNode> nodes)
    {
        if (SortKeys(edges, nodes) is { } keys)
        {
            Array.Sort(keys, edges);
            bool distinct = true;
            for (int i = 1; i < keys.Length && distinct; i++) distinct = keys[i] != keys[i - 1];
            if (distinct) return;
        }
        // Ends not among the nodes, or edges that tie: compare them (stably, as ties keep their order).
        var sorted = edges.OrderBy(e => e, this).ToArray();
        sorted.CopyTo(edges, 0);
    }

    private const int EndBits = 29, TypeBits = 5;

    /// <summary>
    /// The sort key of an edge whose ends are at these positions among <paramref name="nodeCount"/> nodes sorted by id
    /// (each id once): as <see cref="Sort"/> makes it. False when the edge cannot be keyed so (too many nodes, a type
    /// with no rank): the edges are then sorted by <see cref="Sort"/>.
    /// </summary>
    public bool TryKey(int source, EdgeType type, int target, int nodeCount, out ulong key)
    {
        key = 0;
        if (nodeCount >= 1 << EndBits || _rankOfType.Length >= 1 << TypeBits || Rank(type) is not (>= 0 and var rank)) return false;
        key = ((ulong)source << (EndBits + TypeBits)) | ((ulong)rank << EndBits) | (uint)target;
        return true;
    }

    private ulong[]? SortKeys(GraphEdge[] edges, ImmutableArray<GraphNode> nodes)
    {
        if (nodes.Length >= 1 << EndBits || _rankOfType.Length >= 1 << TypeBits) return null;
        var position = new Dictionary<GraphNode, int>(nodes.Length, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < nodes.Length; i++)
        {
            if (i > 0 && string.CompareOrdinal(nodes[i - 1].Id, nodes[i].Id) >= 0) return null;
            position[nodes[i]] = i;
        }
        var keys = new ulong[edges.Length];
        for (int i = 0; i < edges.Length; i++)
        {
            var e = edges[i];
            if (!position.TryGetValue(e.Source, out int source) || !position.TryGetValue(e.Target, out int target) || Rank(e.Type) is not (>= 0 and var type))
                return null;
            keys[i] = ((ulong)source << (EndBits + TypeBits)) | ((ulong)type << EndBits) | (uint)target;
        }
        return keys;
    }

    public int Compare(GraphEdge? x, GraphEdge? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = string.CompareOrdinal(x.Source.Id, y.Source.Id);
        if (c != 0) return c;
        c = CompareTypes(x.Type, y.Type);
        return c != 0 ? c : string.CompareOrdinal(x.Target.Id, y.Target.Id);
    }

    private int CompareTypes(EdgeType a, EdgeType b) =>
        Rank(a) is int ra and >= 0 && Rank(b) is int rb and >= 0 ? ra.CompareTo(rb) : string.CompareOrdinal(a.ToString(), b.ToString());

    // An undefined value (a number cast to the type) has no rank: it is compared by its name, as the numbers it prints as.
    private int Rank(EdgeType type) => (uint)type < (uint)_rankOfType.Length ? _rankOfType[(int)type] : -1;
}
