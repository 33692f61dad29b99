using System.Collections.Immutable;

namespace Knowledge.Graph;

/// <summary>
/// A node of the knowledge graph. Ids are stable across runs: they derive from the type and
/// canonical name (or, for quotes, the document id and offset), never from processing order.
/// </summary>
/// <param name="Id">Stable id, such as <c>person:samson-inocencio-jr</c>.</param>
/// <param name="Type">The node's kind.</param>
/// <param name="Label">The canonical (fullest) name, or a quote's text.</param>
public sealed record GraphNode(string Id, NodeType Type, string Label)
{
    /// <summary>Other names seen for this entity, sorted ordinally.</summary>
    public ImmutableArray<string> Aliases { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Typed properties (string, bool, int, long, double, DateOnly), sorted by key.</summary>
    public PropertyMap Properties { get; init; } = PropertyMap.Empty;

    /// <summary>Where this entity is mentioned.</summary>
    public ImmutableArray<Provenance> Mentions { get; init; } = ImmutableArray<Provenance>.Empty;

    /// <summary>Returns a property's value, or null when absent.</summary>
    public object? this[string key] => Properties.TryGetValue(key, out var v) ? v : null;

    /// <inheritdoc />
    public bool Equals(GraphNode? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
