using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// The entity mentions found so far in one document: the working surface the entity passes read and
/// change, in the order they were added. The first mention of a range wins.
/// </summary>
public sealed class EntityMentionSet
{
    private readonly List<EntityMention> _items = [];

    /// <summary>The mentions, in the order they were added.</summary>
    public IReadOnlyList<EntityMention> Items => _items;

    /// <summary>Adds a mention unless it is empty or overlaps one already found. Returns whether it was added.</summary>
    public bool Add(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.End <= mention.Start || Overlapping(mention.Start, mention.End).Any()) return false;
        _items.Add(mention);
        return true;
    }

    /// <summary>Adds a mention that lies inside another (a parent body named within a unit's name), unless the same range is taken.</summary>
    public bool AddNested(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.End <= mention.Start || _items.Any(x => x.Start == mention.Start && x.End == mention.End)) return false;
        _items.Add(mention);
        return true;
    }

    /// <summary>Removes a mention (a weak candidate that a stronger reading replaces).</summary>
    public void Remove(EntityMention mention) => _items.Remove(mention);

    /// <summary>Puts an updated mention in the place of one found earlier.</summary>
    public void Replace(EntityMention old, EntityMention updated)
    {
        ArgumentNullException.ThrowIfNull(updated);
        int i = _items.IndexOf(old);
        if (i >= 0) _items[i] = updated;
    }

    /// <summary>The mentions that overlap the text range [start, end).</summary>
    public IEnumerable<EntityMention> Overlapping(int start, int end) =>
        _items.Where(m => m.Start < end && start < m.End);

    /// <summary>The mentions in text order: by start, the longest first.</summary>
    internal ImmutableArray<EntityMention> ToSortedArray() =>
        [.. _items.OrderBy(m => m.Start).ThenByDescending(m => m.End)];
}
