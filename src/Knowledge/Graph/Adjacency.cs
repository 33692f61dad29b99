using System.Collections.Immutable;

namespace Knowledge.Graph;

/// <summary>
/// Each node's out- and in-edges, in the graph's edge order, as slices of two arrays (compressed sparse rows):
/// two integers per node and one reference per edge end, where a QuikGraph graph holds a list object per node and
/// direction.
/// </summary>
internal sealed class Adjacency
{
    private readonly Dictionary<GraphNode, int> _index;
    private readonly int[] _outStart, _inStart;
    private readonly GraphEdge[] _out, _in;

    private Adjacency(Dictionary<GraphNode, int> index, int[] outStart, GraphEdge[] outEdges, int[] inStart, GraphEdge[] inEdges)
    {
        _index = index;
        (_outStart, _out, _inStart, _in) = (outStart, outEdges, inStart, inEdges);
    }

    /// <summary>Indexes <paramref name="edges"/> by their ends; edges whose ends are not among <paramref name="nodes"/> are left out.</summary>
    public static Adjacency Of(ImmutableArray<GraphNode> nodes, ImmutableArray<GraphEdge> edges)
    {
        var index = new Dictionary<GraphNode, int>(nodes.Length);
        for (int i = 0; i < nodes.Length; i++) index[nodes[i]] = i;
        var (outStart, outEdges) = Rows(index, edges, e => e.Source);
        var (inStart, inEdges) = Rows(index, edges, e => e.Target);
        return new Adjacency(index, outStart, outEdges, inStart, inEdges);
    }

    public IEnumerable<GraphEdge> Out(GraphNode node) => Slice(node, _outStart, _out);

    public IEnumerable<GraphEdge> In(GraphNode node) => Slice(node, _inStart, _in);

    private IEnumerable<GraphEdge> Slice(GraphNode node, int[] start, GraphEdge[] edges) =>
        _index.TryGetValue(node, out int i) ? new ArraySegment<GraphEdge>(edges, start[i], start[i + 1] - start[i]) : [];

    private static (int[] Start, GraphEdge[] Edges) Rows(Dictionary<GraphNode, int> index, ImmutableArray<GraphEdge> edges, Func<GraphEdge, GraphNode> end)
    {
        var start = new int[index.Count + 1];
        foreach (var e in edges)
            if (index.TryGetValue(e.Source, out _) && index.TryGetValue(e.Target, out _)) start[index[end(e)] + 1]++;
        for (int i = 0; i < index.Count; i++) start[i + 1] += start[i];
        var next = start[..^1];
        var rows = new GraphEdge[start[^1]];
        foreach (var e in edges)
            if (index.TryGetValue(e.Source, out _) && index.TryGetValue(e.Target, out _)) rows[next[index[end(e)]]++] = e;
        return (start, rows);
    }
}
