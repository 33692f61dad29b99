using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>The entity mentions found so far in one document; the first mention of a range wins.</summary>
internal sealed class MentionSet
{
    private readonly List<EntityMention> _items = [];

    public MentionSet(Syntax.Doc doc) => Doc = doc;

    public Syntax.Doc Doc { get; }

    public IReadOnlyList<EntityMention> Items => _items;

    /// <summary>Adds a mention unless it overlaps one already found. Returns whether it was added.</summary>
    public bool Add(EntityMention m)
    {
        if (m.End <= m.Start || Overlapping(m.Start, m.End).Any()) return false;
        _items.Add(m);
        return true;
    }

    /// <summary>Adds a mention that lies inside another (a parent body named within a unit's name), unless the same range is taken.</summary>
    public bool AddNested(EntityMention m)
    {
        if (m.End <= m.Start || _items.Any(x => x.Start == m.Start && x.End == m.End)) return false;
        _items.Add(m);
        return true;
    }

    /// <summary>Removes a mention (a weak candidate that a stronger reading replaces).</summary>
    public void Remove(EntityMention m) => _items.Remove(m);

    public void Replace(EntityMention old, EntityMention updated)
    {
        int i = _items.IndexOf(old);
        if (i >= 0) _items[i] = updated;
    }

    public IEnumerable<EntityMention> Overlapping(int start, int end) =>
        _items.Where(m => m.Start < end && start < m.End);

    public System.Collections.Immutable.ImmutableArray<EntityMention> ToSortedArray() =>
        [.. _items.OrderBy(m => m.Start).ThenByDescending(m => m.End)];
}
