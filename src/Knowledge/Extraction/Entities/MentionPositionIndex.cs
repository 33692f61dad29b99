using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Entity mentions by the stretch of text they cover: the text is cut into buckets of <see cref="BucketWidth"/>
/// characters and a mention is listed in each bucket it touches, so the mentions overlapping a range are found
/// among those listed in the range's buckets. Each mention keeps the order it was added in, which is the order
/// overlap questions are answered in.
/// </summary>
internal sealed class MentionPositionIndex
{
    private const int BucketWidth = 64;

    /// <summary>The buckets by number (offset ÷ width): an array, as a document's buckets are few and dense; null where no mention lies.</summary>
    private List<Entry>?[] _buckets = [];
    private int _added;

    /// <summary>Mentions looked at while answering questions so far.</summary>
    public long Examined { get; private set; }

    /// <summary>Adds a mention; returns its order, which grows with every mention added.</summary>
    public int Add(EntityMention mention)
    {
        int order = _added++;
        Index(new Entry(mention, order));
        return order;
    }

    /// <summary>Forgets a mention equal to <paramref name="mention"/> (the first added, when several are); returns its order, or -1 when none is indexed.</summary>
    public int Remove(EntityMention mention)
    {
        if (Find(mention) is not { } entry) return -1;
        Unindex(entry);
        return entry.Order;
    }

    /// <summary>Puts <paramref name="updated"/> in the place, and the order, of <paramref name="old"/>; returns that order, or -1 when <paramref name="old"/> is not indexed.</summary>
    public int Replace(EntityMention old, EntityMention updated)
    {
        if (Find(old) is not { } entry) return -1;
        Unindex(entry);
        entry.Mention = updated;
        Index(entry);
        return entry.Order;
    }

    /// <summary>Whether a mention covers exactly [start, end).</summary>
    public bool HasRange(int start, int end)
    {
        if (!TryGetBucket(BucketOf(start), out var list)) return false;
        foreach (var e in list)
            if (e.Mention.Start == start && e.Mention.End == end) return true;
        return false;
    }

    /// <summary>
    /// The mentions that overlap [start, end), in the order they were added; for an empty range, those covering it.
    /// Most questions find none or one: those cost no list (an empty array, or an array of one); only several
    /// are gathered, deduplicated across buckets and sorted.
    /// </summary>
    public bool AnyOverlapping(int start, int end)
    {
        int first = Math.Max(0, Math.Min(start, end - 1)), last = Math.Max(start, end - 1);
        if (last < 0) return false;
        for (int b = BucketOf(first); b <= BucketOf(last); b++)
        {
            if (!TryGetBucket(b, out var list)) continue;
            Examined += list.Count;
            foreach (var e in list)
                if (e.Mention.Start < end && start < e.Mention.End) return true;
        }
        return false;
    }

    public IReadOnlyList<EntityMention> Overlapping(int start, int end)
    {
        // A mention overlapping a non-empty range covers one of its characters; one "overlapping" an empty range covers its start.
        int first = Math.Max(0, Math.Min(start, end - 1)), last = Math.Max(start, end - 1);
        if (last < 0) return [];
        Entry? single = null;
        List<Entry>? several = null;
        for (int b = BucketOf(first); b <= BucketOf(last); b++)
        {
            if (!TryGetBucket(b, out var list)) continue;
            Examined += list.Count;
            foreach (var e in list)
            {
                if (e.Mention.Start >= end || start >= e.Mention.End) continue;
                if (several is not null) { if (!several.Contains(e)) several.Add(e); }
                else if (single is null) single = e;
                else if (!ReferenceEquals(e, single)) several = [single, e];
            }
        }
        if (several is null) return single is null ? [] : [single.Mention];
        several.Sort(ByOrder.Instance);
        var mentions = new EntityMention[several.Count];
        for (int i = 0; i < mentions.Length; i++) mentions[i] = several[i].Mention;
        return mentions;
    }

    private Entry? Find(EntityMention mention)
    {
        if (mention.End <= mention.Start || !TryGetBucket(BucketOf(mention.Start), out var list)) return null;
        Entry? first = null;
        foreach (var e in list)
            if (e.Mention.Equals(mention) && (first is null || e.Order < first.Order)) first = e;
        return first;
    }

    private void Index(Entry entry)
    {
        for (int b = BucketOf(entry.Mention.Start); b <= BucketOf(entry.Mention.End - 1); b++)
        {
            if (b >= _buckets.Length) Array.Resize(ref _buckets, Math.Max(b + 1, Math.Max(16, _buckets.Length * 2)));
            (_buckets[b] ??= []).Add(entry);
        }
    }

    private void Unindex(Entry entry)
    {
        for (int b = BucketOf(entry.Mention.Start); b <= BucketOf(entry.Mention.End - 1); b++)
            if (TryGetBucket(b, out var list)) list.Remove(entry);
    }

    private bool TryGetBucket(int b, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out List<Entry>? list)
    {
        list = b < _buckets.Length ? _buckets[b] : null;
        return list is not null;
    }

    private static int BucketOf(int offset) => Math.Max(0, offset) / BucketWidth;

    /// <summary>A mention and when it was added; the mention changes when it is replaced.</summary>
    private sealed class Entry(EntityMention mention, int order)
    {
        public EntityMention Mention { get; set; } = mention;

        public int Order { get; } = order;
    }

    /// <summary>Entries in the order they were added.</summary>
    private sealed class ByOrder : IComparer<Entry>
    {
        public static readonly ByOrder Instance = new();

        public int Compare(Entry? x, Entry? y) => x!.Order.CompareTo(y!.Order);
    }
}
