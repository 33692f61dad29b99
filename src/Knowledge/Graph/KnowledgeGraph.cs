using System.Collections.Immutable;
using System.Runtime.InteropServices;
using QuikGraph;

namespace Knowledge.Graph;

/// <summary>
/// The knowledge graph: typed nodes and edges on a QuikGraph <see cref="BidirectionalGraph{TVertex,TEdge}"/>.
/// Enumeration order is by id, so exports are deterministic whatever the input order.
/// Build one with <see cref="KnowledgeGraphBuilder"/>.
/// </summary>
public sealed class KnowledgeGraph
{
    // Built on first use: exports and saving need none of the three, and on a large graph the QuikGraph graph and the
    // adjacency cost as much memory as the edges themselves.
    private readonly Lazy<Dictionary<string, GraphNode>> _byId;
    private readonly Lazy<BidirectionalGraph<GraphNode, GraphEdge>> _graph;
    private readonly Lazy<Adjacency> _adjacency;

    internal KnowledgeGraph(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges) : this(nodes.ToArray(), edges.ToArray()) { }

    /// <summary>A graph of these arrays, which it takes as its own (sorting them): a builder's, not copied again.</summary>
    internal KnowledgeGraph(GraphNode[] nodeArray, GraphEdge[] edgeArray) : this(nodeArray, edgeArray, sorted: false) { }

    private KnowledgeGraph(GraphNode[] nodeArray, GraphEdge[] edgeArray, bool sorted)
    {
        if (!sorted) Array.Sort(nodeArray, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        Nodes = ImmutableCollectionsMarshal.AsImmutableArray(nodeArray);
        if (!sorted) EdgeOrder.Instance.Sort(edgeArray, Nodes);
        Edges = ImmutableCollectionsMarshal.AsImmutableArray(edgeArray);
        _byId = new Lazy<Dictionary<string, GraphNode>>(() => Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal));
        _graph = new Lazy<BidirectionalGraph<GraphNode, GraphEdge>>(ToQuikGraph);
        _adjacency = new Lazy<Adjacency>(() => Adjacency.Of(Nodes, Edges));
    }

    /// <summary>A graph of these arrays, which it takes as its own: the nodes already in id order (each id once) and the edges in <see cref="EdgeOrder"/>.</summary>
    internal static KnowledgeGraph OfSorted(GraphNode[] nodeArray, GraphEdge[] edgeArray) => new(nodeArray, edgeArray, sorted: true);

    private BidirectionalGraph<GraphNode, GraphEdge> ToQuikGraph()
    {
        var graph = new BidirectionalGraph<GraphNode, GraphEdge>(allowParallelEdges: true);
        graph.AddVertexRange(Nodes);
        graph.AddEdgeRange(Edges);
        return graph;
    }

    /// <summary>An empty graph.</summary>
    public static KnowledgeGraph Empty { get; } = new([], []);

    /// <summary>All nodes, ordered by id.</summary>
    public ImmutableArray<GraphNode> Nodes { get; }

    /// <summary>All edges, ordered by source id, type and target id.</summary>
    public ImmutableArray<GraphEdge> Edges { get; }

    /// <summary>The underlying QuikGraph graph, for QuikGraph's algorithms.</summary>
    public IBidirectionalGraph<GraphNode, GraphEdge> Graph => _graph.Value;

    /// <summary>Finds a node by id.</summary>
    public GraphNode? FindById(string id) => _byId.Value.TryGetValue(id, out var n) ? n : null;

    /// <summary>Nodes of one type, ordered by id.</summary>
    public IEnumerable<GraphNode> NodesOf(NodeType type) => Nodes.Where(n => n.Type == type);

    /// <summary>Edges leaving a node, ordered as <see cref="Edges"/>.</summary>
    public IEnumerable<GraphEdge> OutEdges(GraphNode node) => _adjacency.Value.Out(node);

    /// <summary>Edges entering a node.</summary>
    public IEnumerable<GraphEdge> InEdges(GraphNode node) => _adjacency.Value.In(node);
}
