using System.Collections.Immutable;

namespace Knowledge.Graph;

/// <summary>
/// The empty property map of nodes and edges, shared. <c>ImmutableSortedDictionary.Empty.WithComparers(…)</c>
/// allocates a new empty map on every call (the comparer differs from the default one), and a graph holds one per
/// node and edge: on a graph of 75,000 edges that was 3.5 MB of empty maps.
/// </summary>
internal static class PropertyMaps
{
    /// <summary>An empty map ordered by ordinal key.</summary>
    public static ImmutableSortedDictionary<string, object> Empty { get; } =
        ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal);
}
