using System.Collections.Immutable;
using Knowledge.Graph;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;

namespace Knowledge.Query;

/// <summary>
/// Graph analytics: degree, PageRank (power iteration over arrays of node indexes, linear per iteration), and
/// connected components and shortest paths with QuikGraph's algorithms, over the whole graph or over its entities
/// only (without Document nodes, see <c>includeDocuments</c>).
/// Results are deterministic: the analysed graph is built in the knowledge graph's id order and ties are
/// broken by id. Computed values are cached; an instance can be shared between threads.
/// </summary>
public sealed class GraphAnalytics
{
    private readonly BidirectionalGraph<GraphNode, GraphEdge> _view;
    private readonly UndirectedBidirectionalGraph<GraphNode, GraphEdge> _undirected;
    private readonly ImmutableArray<GraphNode> _nodes;
    private readonly int[] _sources, _targets;
    private readonly Lazy<IReadOnlyDictionary<GraphNode, double>> _pageRank;
    private readonly Lazy<ImmutableArray<ImmutableArray<GraphNode>>> _components;

    /// <summary>
    /// Prepares the analysis of <paramref name="graph"/>. With <paramref name="includeDocuments"/> false, Document
    /// nodes and their edges are left out: every entity an article names is linked to that article, so through
    /// documents almost anything is two steps from anything ("named in the same article"); without them only the
    /// extracted relations remain (speaker → quote → what it is about, person → role → organisation…).
    /// </summary>
    public GraphAnalytics(KnowledgeGraph graph, bool includeDocuments = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        IncludesDocuments = includeDocuments;
        bool Keep(GraphNode n) => includeDocuments || n.Type != NodeType.Document;
        _nodes = graph.Nodes.Where(Keep).ToImmutableArray();
        var edges = graph.Edges.Where(e => Keep(e.Source) && Keep(e.Target)).ToList();
        _view = new BidirectionalGraph<GraphNode, GraphEdge>(allowParallelEdges: true);
        _view.AddVertexRange(_nodes);
        _view.AddEdgeRange(edges);
        var index = new Dictionary<GraphNode, int>(_nodes.Length);
        for (int i = 0; i < _nodes.Length; i++) index[_nodes[i]] = i;
        _sources = edges.Select(e => index[e.Source]).ToArray();
        _targets = edges.Select(e => index[e.Target]).ToArray();
        _undirected = new UndirectedBidirectionalGraph<GraphNode, GraphEdge>(_view);
        _pageRank = new Lazy<IReadOnlyDictionary<GraphNode, double>>(ComputePageRank);
        _components = new Lazy<ImmutableArray<ImmutableArray<GraphNode>>>(ComputeComponents);
    }

    /// <summary>Whether Document nodes are part of the analysed graph.</summary>
    public bool IncludesDocuments { get; }

    /// <summary>Whether the node is part of the analysed graph.</summary>
    public bool Contains(GraphNode node) => _view.ContainsVertex(node);

    /// <summary>The edges that touch the node, in either direction (0 when it is not in the analysed graph).</summary>
    public int Degree(GraphNode node) => _view.ContainsVertex(node) ? _view.Degree(node) : 0;

    /// <summary>
    /// PageRank of every analysed node over the directed graph (damping 0.85, the rank of nodes without out-edges spread
    /// over all), iterated until the values move less than 1e-12 in total; the values add up to 1.
    /// </summary>
    public IReadOnlyDictionary<GraphNode, double> PageRank => _pageRank.Value;

    /// <summary>The connected components, edge direction ignored: largest first, each ordered by id (ties by first id).</summary>
    public ImmutableArray<ImmutableArray<GraphNode>> Components => _components.Value;

    /// <summary>The <paramref name="top"/> most connected nodes of a type, by <paramref name="by"/>; ties by the other measure, then id.</summary>
    public ImmutableArray<Centrality> MostConnected(NodeType type, int top, CentralityMeasure by = CentralityMeasure.Degree)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var all = _view.Vertices.Where(n => n.Type == type)
            .Select(n => new Centrality(n.Id, n.Label, n.Type, Degree(n), PageRank[n]));
        var ranked = by == CentralityMeasure.PageRank
            ? all.OrderByDescending(c => c.PageRank).ThenByDescending(c => c.Degree)
            : all.OrderByDescending(c => c.Degree).ThenByDescending(c => c.PageRank);
        return ranked.ThenBy(c => c.Id, StringComparer.Ordinal).Take(top).ToImmutableArray();
    }

    /// <summary>Counts by type, components, and the <paramref name="top"/> most connected people and organisations.</summary>
    public GraphStatistics Statistics(int top = 10, CentralityMeasure by = CentralityMeasure.Degree) => new()
    {
        Nodes = Enum.GetValues<NodeType>()
            .Select(t => new TypeCount(t.ToString(), _view.Vertices.Count(n => n.Type == t)))
            .Where(c => c.Count > 0).ToImmutableArray(),
        Edges = Enum.GetValues<EdgeType>()
            .Select(t => new TypeCount(t.ToString(), _view.Edges.Count(e => e.Type == t)))
            .Where(c => c.Count > 0).ToImmutableArray(),
        ComponentCount = Components.Length,
        LargestComponents = Components.Select(c => c.Length).Take(top).ToImmutableArray(),
        IsolatedNodes = _view.Vertices.Count(n => _view.Degree(n) == 0),
        People = MostConnected(NodeType.Person, top, by),
        Organizations = MostConnected(NodeType.Organization, top, by),
        RankedBy = by,
        IncludesDocuments = IncludesDocuments,
    };

    /// <summary>
    /// A shortest path from <paramref name="from"/> to <paramref name="to"/>, edges followed in either direction
    /// (QuikGraph's undirected breadth-first search: fewest edges). Null when there is none or either node is not
    /// in the analysed graph. Among equally short paths the one found first in id order is returned.
    /// </summary>
    public GraphPath? ShortestPath(GraphNode from, GraphNode to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!_view.ContainsVertex(from) || !_view.ContainsVertex(to)) return null;
        if (from.Equals(to)) return new GraphPath([from], []);
        var search = new UndirectedBreadthFirstSearchAlgorithm<GraphNode, GraphEdge>(_undirected);
        var recorder = new UndirectedVertexPredecessorRecorderObserver<GraphNode, GraphEdge>();
        using (recorder.Attach(search))
            search.Compute(from);
        if (!recorder.TryGetPath(to, out var found)) return null;
        var edges = found.ToList();
        if (!Touches(edges[0], from)) edges.Reverse();
        var nodes = ImmutableArray.CreateBuilder<GraphNode>(edges.Count + 1);
        nodes.Add(from);
        foreach (var e in edges)
            nodes.Add(e.Source.Equals(nodes[^1]) ? e.Target : e.Source);
        return new GraphPath(nodes.ToImmutable(), edges.ToImmutableArray());
    }

    private static bool Touches(GraphEdge edge, GraphNode node) => edge.Source.Equals(node) || edge.Target.Equals(node);

    private IReadOnlyDictionary<GraphNode, double> ComputePageRank()
    {
        var ranks = Knowledge.Query.PageRank.Compute(_nodes.Length, _sources, _targets);
        var byNode = new Dictionary<GraphNode, double>(_nodes.Length);
        for (int i = 0; i < _nodes.Length; i++) byNode[_nodes[i]] = ranks[i];
        return byNode;
    }

    private ImmutableArray<ImmutableArray<GraphNode>> ComputeComponents()
    {
        var algorithm = new ConnectedComponentsAlgorithm<GraphNode, GraphEdge>(_undirected);
        algorithm.Compute();
        return algorithm.Components
            .GroupBy(p => p.Value, p => p.Key)
            .Select(g => g.OrderBy(n => n.Id, StringComparer.Ordinal).ToImmutableArray())
            .OrderByDescending(c => c.Length)
            .ThenBy(c => c[0].Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
