using System.Collections.Immutable;
using Knowledge.Graph;

namespace Knowledge.Query;

/// <summary>How entities are ranked as "most connected".</summary>
public enum CentralityMeasure
{
    /// <summary>By degree: the number of edges that touch the node, in either direction.</summary>
    Degree,
    /// <summary>By PageRank over the directed graph.</summary>
    PageRank,
}

/// <summary>How many nodes or edges a graph has of one type.</summary>
/// <param name="Type">The node or edge type's name.</param>
/// <param name="Count">How many.</param>
public sealed record TypeCount(string Type, int Count);

/// <summary>One node's centrality.</summary>
/// <param name="Id">The node's id.</param>
/// <param name="Label">Its canonical name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Degree">Edges that touch it, in either direction.</param>
/// <param name="PageRank">Its PageRank as a share of the total (the values of all nodes add up to 1).</param>
public sealed record Centrality(string Id, string Label, NodeType Type, int Degree, double PageRank);

/// <summary>A graph's counts, connected components and most connected people and organisations.</summary>
public sealed record GraphStatistics
{
    /// <summary>Node counts by type, in <see cref="NodeType"/> order; types without nodes are left out.</summary>
    public ImmutableArray<TypeCount> Nodes { get; init; } = [];

    /// <summary>Edge counts by type, in <see cref="EdgeType"/> order; types without edges are left out.</summary>
    public ImmutableArray<TypeCount> Edges { get; init; } = [];

    /// <summary>The number of connected components (edge direction ignored), isolated nodes included.</summary>
    public int ComponentCount { get; init; }

    /// <summary>The sizes (node counts) of the largest components, largest first.</summary>
    public ImmutableArray<int> LargestComponents { get; init; } = [];

    /// <summary>Nodes that no edge touches.</summary>
    public int IsolatedNodes { get; init; }

    /// <summary>The most connected people, best first.</summary>
    public ImmutableArray<Centrality> People { get; init; } = [];

    /// <summary>The most connected organisations, best first.</summary>
    public ImmutableArray<Centrality> Organizations { get; init; } = [];

    /// <summary>The measure <see cref="People"/> and <see cref="Organizations"/> are ranked by.</summary>
    public CentralityMeasure RankedBy { get; init; }

    /// <summary>Whether Document nodes (and their edges) were part of the analysed graph.</summary>
    public bool IncludesDocuments { get; init; }
}
