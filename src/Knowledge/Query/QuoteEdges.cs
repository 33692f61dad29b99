using Knowledge.Graph;

namespace Knowledge.Query;

/// <summary>
/// The edges <see cref="QuoteFinder"/> reads (SAID into a quote; ABOUT, MEMBER_OF, HOLDS_ROLE and AT out of a node),
/// gathered in one pass over the graph's edges, each node's in the graph's edge order.
/// </summary>
/// <remarks>
/// The graph's own adjacency (<see cref="KnowledgeGraph.OutEdges"/>) indexes every edge of every type, hashing both
/// ends' ids, and an export run asks it only for these five types: about a tenth of the edges. As there, an edge
/// whose source or target is not among the graph's nodes is left out, and nodes are matched by id.
/// </remarks>
internal sealed class QuoteEdges
{
    private static readonly IReadOnlyList<GraphEdge> None = [];

    private readonly Dictionary<GraphNode, List<GraphEdge>> _in = [];
    private readonly Dictionary<GraphNode, List<GraphEdge>> _out = [];

    /// <summary>Gathers the edges of <paramref name="graph"/> that quote queries read.</summary>
    public QuoteEdges(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        // An edge's ends are nearly always the graph's own node objects: checked by reference, by id only otherwise.
        var byReference = new HashSet<GraphNode>(graph.Nodes.Length, ReferenceEqualityComparer.Instance);
        foreach (var node in graph.Nodes) byReference.Add(node);
        HashSet<GraphNode>? byId = null;
        bool Among(GraphNode node) => byReference.Contains(node) || (byId ??= [.. graph.Nodes]).Contains(node);

        foreach (var edge in graph.Edges)
        {
            bool into = edge.Type == EdgeType.SAID;
            if (!into && edge.Type is not (EdgeType.ABOUT or EdgeType.MEMBER_OF or EdgeType.HOLDS_ROLE or EdgeType.AT)) continue;
            if (!Among(edge.Source) || !Among(edge.Target)) continue;
            var (map, key) = into ? (_in, edge.Target) : (_out, edge.Source);
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(edge);
        }
    }

    /// <summary>The SAID edges into <paramref name="node"/>, in edge order.</summary>
    public IReadOnlyList<GraphEdge> In(GraphNode node) => _in.TryGetValue(node, out var edges) ? edges : None;

    /// <summary>The ABOUT, MEMBER_OF, HOLDS_ROLE and AT edges out of <paramref name="node"/>, in edge order.</summary>
    public IReadOnlyList<GraphEdge> Out(GraphNode node) => _out.TryGetValue(node, out var edges) ? edges : None;
}
