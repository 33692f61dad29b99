using System.Collections.Immutable;
using QuikGraph;

namespace Knowledge.Graph;

/// <summary>A typed, directed edge of the knowledge graph with its provenance.</summary>
/// <param name="Source">The node the edge leaves.</param>
/// <param name="Target">The node the edge enters.</param>
/// <param name="Type">The edge's kind.</param>
public sealed record GraphEdge(GraphNode Source, GraphNode Target, EdgeType Type) : IEdge<GraphNode>
{
    /// <summary>Typed properties, sorted by key.</summary>
    public PropertyMap Properties { get; init; } = PropertyMap.Empty;

    /// <summary>The mentions that support this edge; its weight is their number.</summary>
    public ImmutableArray<Provenance> Evidence { get; init; } = ImmutableArray<Provenance>.Empty;

    /// <summary>How many mentions support the edge (at least 1).</summary>
    public int Weight => Math.Max(1, Evidence.Length);

    /// <summary>A stable id: source, type and target.</summary>
    public string Id => $"{Source.Id}|{Type}|{Target.Id}";

    /// <summary>A readable label, the edge type in lower case with spaces.</summary>
    public string Label => TypeNames.LabelOf(Type);

    /// <summary>Edges are equal when source, type and target are (what <see cref="Id"/> names), compared without building the id.</summary>
    public bool Equals(GraphEdge? other) =>
        other is not null && Type == other.Type
        && string.Equals(Source.Id, other.Source.Id, StringComparison.Ordinal)
        && string.Equals(Target.Id, other.Target.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Source.Id), Type, StringComparer.Ordinal.GetHashCode(Target.Id));
}
