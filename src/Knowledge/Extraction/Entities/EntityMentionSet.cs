using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// The entity mentions found so far in one document: the working surface the entity passes read and
/// change, in the order they were added. The first mention of a range wins.
/// </summary>
/// <remarks>
/// Every pass asks which mentions overlap a range, often once a token; the mentions are therefore indexed by the
/// stretch of text they cover (<see cref="MentionPositionIndex"/>), so a question costs the mentions near the range,
/// not every mention of the document: a document twice as long costs twice as much, not four times.
/// </remarks>
public sealed class EntityMentionSet
{
    private readonly List<EntityMention> _items = [];

    /// <summary>The index's order of each mention of <see cref="_items"/>, at the same place: ascending, so a mention the index finds is found in the list by a binary search.</summary>
    private readonly List<int> _orders = [];

    private readonly MentionPositionIndex _index;

    /// <summary>The places <see cref="ToSortedArray"/> sorts, kept per thread.</summary>
    [ThreadStatic]
    private static int[]? t_places;

    /// <summary>An empty set.</summary>
    public EntityMentionSet()
        : this(0)
    {
    }

    /// <summary>An empty set for a document of <paramref name="textLength"/> characters (its position index is sized at once).</summary>
    internal EntityMentionSet(int textLength) => _index = new MentionPositionIndex(textLength);

    /// <summary>Empties the set for a document of <paramref name="textLength"/> characters, keeping its lists and index arrays for the next.</summary>
    internal void Reset(int textLength)
    {
        _items.Clear();
        _orders.Clear();
        _index.Reset(textLength);
        MentionsListed = 0;
    }

    /// <summary>The mentions, in the order they were added.</summary>
    public IReadOnlyList<EntityMention> Items
    {
        get
        {
            MentionsListed += _items.Count;
            return _items;
        }
    }

    /// <summary>
    /// The organisation mentions that end at most <paramref name="gap"/> characters before <paramref name="start"/>
    /// (a parent body just before its unit), in the order they were added; asked of the position index.
    /// </summary>
    internal IReadOnlyList<EntityMention> OrganizationsEndingBefore(int start, int gap = 4)
    {
        List<EntityMention>? before = null;
        foreach (var x in _index.Overlapping(start - gap - 1, start))
            if (x.Type == EntityType.Organization && x.End <= start && start - x.End <= gap) (before ??= []).Add(x);
        return before is null ? [] : before;
    }

    /// <summary>Mentions looked at while answering overlap questions so far (the index's work, which specs bound).</summary>
    internal long MentionsExamined => _index.Examined;

    /// <summary>
    /// Mentions handed out by <see cref="Items"/> so far, as if each read walked them all: a pass that reads the whole
    /// set once per candidate makes this grow with the square of a document's length, which specs bound.
    /// </summary>
    internal long MentionsListed { get; private set; }

    /// <summary>Adds a mention unless it is empty or overlaps one already found. Returns whether it was added.</summary>
    public bool Add(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.End <= mention.Start || _index.Overlapping(mention.Start, mention.End).Count > 0) return false;
        Insert(mention);
        return true;
    }

    /// <summary>Adds a mention that lies inside another (a parent body named within a unit's name), unless the same range is taken.</summary>
    public bool AddNested(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.End <= mention.Start || _index.HasRange(mention.Start, mention.End)) return false;
        Insert(mention);
        return true;
    }

    /// <summary>Removes a mention (a weak candidate that a stronger reading replaces).</summary>
    public void Remove(EntityMention mention)
    {
        int i = PlaceOf(_index.Remove(mention), mention);
        if (i < 0) return;
        _items.RemoveAt(i);
        _orders.RemoveAt(i);
    }

    /// <summary>Puts an updated mention in the place of one found earlier.</summary>
    public void Replace(EntityMention old, EntityMention updated)
    {
        ArgumentNullException.ThrowIfNull(updated);
        int i = PlaceOf(_index.Replace(old, updated), old);
        if (i < 0) return;
        _items[i] = updated;
    }

    /// <summary>
    /// Where in the list the mention the index found (by its order) stands, or the first mention equal to
    /// <paramref name="mention"/> when the index holds none (an empty range, which the index does not keep); -1 when absent.
    /// The index finds the first added of equal mentions, the one the list holds first.
    /// </summary>
    private int PlaceOf(int order, EntityMention mention)
    {
        if (order < 0) return _items.IndexOf(mention);
        int i = _orders.BinarySearch(order);
        return i >= 0 ? i : _items.IndexOf(mention);
    }

    /// <summary>The mentions that overlap the text range [start, end), in the order they were added.</summary>
    public IEnumerable<EntityMention> Overlapping(int start, int end) => _index.Overlapping(start, end);

    /// <summary>Whether any mention overlaps the text range [start, end) (<see cref="Overlapping"/> is not empty), without listing them.</summary>
    internal bool AnyOverlapping(int start, int end) => _index.AnyOverlapping(start, end);

    /// <summary>How many mentions overlap [start, end), up to two (two or more), with the only one when there is one; no list is made.</summary>
    internal int CountOverlapping(int start, int end, out EntityMention? only) => _index.CountOverlapping(start, end, out only);

    /// <summary>The mentions in text order: by start, the longest first.</summary>
    internal ImmutableArray<EntityMention> ToSortedArray()
    {
        // A stable sort, as OrderBy is: mentions of the same range keep the order they were added in. The places are
        // sorted in the set's own list (nothing changes it meanwhile), in an array kept for the thread's next document.
        int count = _items.Count;
        var places = t_places is { } kept && kept.Length >= count ? kept : t_places = new int[Math.Max(count, 64)];
        for (int i = 0; i < count; i++) places[i] = i;
        Array.Sort(places, 0, count, new TextOrder(_items));
        var result = ImmutableArray.CreateBuilder<EntityMention>(count);
        for (int i = 0; i < count; i++) result.Add(_items[places[i]]);
        return result.MoveToImmutable();
    }

    /// <summary>Places of mentions by start, the longest first, then by place (the order they were added in).</summary>
    private sealed class TextOrder(List<EntityMention> mentions) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            EntityMention a = mentions[x], b = mentions[y];
            if (a.Start != b.Start) return a.Start.CompareTo(b.Start);
            if (a.End != b.End) return b.End.CompareTo(a.End);
            return x.CompareTo(y);
        }
    }

    private void Insert(EntityMention mention)
    {
        _items.Add(mention);
        _orders.Add(_index.Add(mention));
    }
}
