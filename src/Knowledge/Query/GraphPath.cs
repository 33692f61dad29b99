using System.Collections.Immutable;
using Knowledge.Graph;

namespace Knowledge.Query;

/// <summary>
/// A path between two nodes: <see cref="Nodes"/> from the start to the end, and the edge between each pair.
/// Edges are followed in either direction; <see cref="Step.Forward"/> tells which.
/// </summary>
/// <param name="Nodes">The nodes, start first; one more than <see cref="Edges"/>.</param>
/// <param name="Edges">The edges between consecutive nodes.</param>
public sealed record GraphPath(ImmutableArray<GraphNode> Nodes, ImmutableArray<GraphEdge> Edges)
{
    /// <summary>The number of edges.</summary>
    public int Length => Edges.Length;

    /// <summary>The path as steps: each edge with the node it leaves from and the node it reaches.</summary>
    public IEnumerable<Step> Steps => Edges.Select((e, i) => new Step(Nodes[i], e, Nodes[i + 1]));

    /// <summary>One step of a path.</summary>
    /// <param name="From">The node the step leaves.</param>
    /// <param name="Edge">The edge followed.</param>
    /// <param name="To">The node the step reaches.</param>
    public sealed record Step(GraphNode From, GraphEdge Edge, GraphNode To)
    {
        /// <summary>Whether the edge points the way the path goes (From is its source).</summary>
        public bool Forward => Edge.Source.Equals(From);
    }
}
