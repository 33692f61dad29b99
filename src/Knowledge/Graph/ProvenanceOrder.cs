using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Knowledge.Graph;

/// <summary>
/// Puts provenance once each and in order (<see cref="Provenance.CompareTo"/>), as <c>Distinct().Order()</c> does, without
/// the hash set and the sort when the items come strictly increasing already: mentions gathered document after document
/// in resolution order (by id) mostly do, and a node told again in a hundred documents was sorted again each time.
/// </summary>
internal static class ProvenanceOrder
{
    /// <summary>Whether each item is ordered strictly before the next (then they are distinct, and in order).</summary>
    public static bool IsStrictlyIncreasing(ReadOnlySpan<Provenance> items)
    {
        for (int i = 1; i < items.Length; i++)
            if (items[i - 1].CompareTo(items[i]) >= 0) return false;
        return true;
    }

    /// <summary>The items once each, in order: the array itself when it is so already (the caller gives it up).</summary>
    public static ImmutableArray<Provenance> DistinctInOrder(Provenance[] items) =>
        IsStrictlyIncreasing(items) ? ImmutableCollectionsMarshal.AsImmutableArray(items) : items.Distinct().Order().ToImmutableArray();

    /// <summary>The items of both, once each, in order: as <c>first.Concat(second).Distinct().Order()</c>.</summary>
    public static ImmutableArray<Provenance> Merged(ImmutableArray<Provenance> first, ReadOnlySpan<Provenance> second)
    {
        if (first.IsDefault) first = [];
        if (second.IsEmpty && IsStrictlyIncreasing(first.AsSpan())) return first;
        var all = new Provenance[first.Length + second.Length];
        first.AsSpan().CopyTo(all);
        second.CopyTo(all.AsSpan(first.Length));
        return DistinctInOrder(all);
    }
}
