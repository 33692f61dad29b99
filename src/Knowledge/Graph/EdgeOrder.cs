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
