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
        // Each edge's ends are looked up once (a node's hash is its id's, a string hash per lookup); -1 marks an
        // edge left out.
        var sources = new int[edges.Length];
        var targets = new int[edges.Length];
        for (int i = 0; i < edges.Length; i++)
        {
            var e = edges[i];
            bool kept = index.TryGetValue(e.Source, out sources[i]) & index.TryGetValue(e.Target, out targets[i]);
            if (!kept) sources[i] = targets[i] = -1;
        }
        var (outStart, outEdges) = Rows(nodes.Length, edges, sources);
        var (inStart, inEdges) = Rows(nodes.Length, edges, targets);
        return new Adjacency(index, outStart, outEdges, inStart, inEdges);
    }

    public IEnumerable<GraphEdge> Out(GraphNode node) => Slice(node, _outStart, _out);

    public IEnumerable<GraphEdge> In(GraphNode node) => Slice(node, _inStart, _in);

    private IEnumerable<GraphEdge> Slice(GraphNode node, int[] start, GraphEdge[] edges) =>
        _index.TryGetValue(node, out int i) ? new ArraySegment<GraphEdge>(edges, start[i], start[i + 1] - start[i]) : [];

    /// <summary>The edges grouped by the node at one end (<paramref name="ends"/>: each edge's node index, -1 to leave it out), in edge order within a node.</summary>
    private static (int[] Start, GraphEdge[] Edges) Rows(int nodeCount, ImmutableArray<GraphEdge> edges, int[] ends)
    {
        var start = new int[nodeCount + 1];
        foreach (int end in ends)
            if (end >= 0) start[end + 1]++;
        for (int i = 0; i < nodeCount; i++) start[i + 1] += start[i];
        var next = start[..^1];
        var rows = new GraphEdge[start[^1]];
        for (int i = 0; i < ends.Length; i++)
            if (ends[i] >= 0) rows[next[ends[i]]++] = edges[i];
        return (start, rows);
    }
}
