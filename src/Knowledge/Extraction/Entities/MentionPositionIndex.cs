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

    // The buckets by number (offset ÷ width), as a document's buckets are few and dense: each bucket is a chain of
    // nodes (its first node in _heads, -1 for none; the next in _next), each node holding the order of a mention
    // (_nodeOrders); the mentions themselves stand once, by order, in _mentions. Unlinked nodes are reused. One set of
    // arrays serves every bucket, and a mention costs no object of its own (an entry object a mention was ~2 KB a
    // document).
    private int[] _heads;
    private int[] _counts;
    private int[] _nodeOrders = new int[32];
    private int[] _next = new int[32];
    private EntityMention?[] _mentions = new EntityMention?[16];
    private int _nodes;
    private int _free = -1;
    private int _added;

    /// <summary>An index for a text of about <paramref name="textLength"/> characters (its buckets are made at once; longer texts grow them).</summary>
    public MentionPositionIndex(int textLength = 0)
    {
        int buckets = Math.Max(1, textLength / BucketWidth + 1);
        _heads = new int[buckets];
        Array.Fill(_heads, -1);
        _counts = new int[buckets];
    }

    /// <summary>
    /// Empties the index for another text of about <paramref name="textLength"/> characters, keeping its arrays (a
    /// document's index grew them ~10 KB a document). Buckets past the text stay empty, so they answer as absent ones.
    /// </summary>
    public void Reset(int textLength)
    {
        int buckets = Math.Max(1, textLength / BucketWidth + 1);
        if (buckets > _heads.Length)
        {
            _heads = new int[buckets];
            _counts = new int[buckets];
        }
        else Array.Clear(_counts);
        Array.Fill(_heads, -1);
        Array.Clear(_mentions, 0, _added);
        _nodes = 0;
        _free = -1;
        _added = 0;
        Examined = 0;
    }

    /// <summary>Mentions looked at while answering questions so far.</summary>
    public long Examined { get; private set; }

    /// <summary>Adds a mention; returns its order, which grows with every mention added.</summary>
    public int Add(EntityMention mention)
    {
        int order = _added++;
        if (order == _mentions.Length) Array.Resize(ref _mentions, order * 2);
        _mentions[order] = mention;
        Index(order);
        return order;
    }

    /// <summary>Forgets a mention equal to <paramref name="mention"/> (the first added, when several are); returns its order, or -1 when none is indexed.</summary>
    public int Remove(EntityMention mention)
    {
        int order = Find(mention);
        if (order < 0) return -1;
        Unindex(order);
        _mentions[order] = null;
        return order;
    }

    /// <summary>Puts <paramref name="updated"/> in the place, and the order, of <paramref name="old"/>; returns that order, or -1 when <paramref name="old"/> is not indexed.</summary>
    public int Replace(EntityMention old, EntityMention updated)
    {
        int order = Find(old);
        if (order < 0) return -1;
        Unindex(order);
        _mentions[order] = updated;
        Index(order);
        return order;
    }

    /// <summary>Whether a mention covers exactly [start, end).</summary>
    public bool HasRange(int start, int end)
    {
        int b = BucketOf(start);
        if (b >= _heads.Length) return false;
        for (int n = _heads[b]; n >= 0; n = _next[n])
        {
            var m = _mentions[_nodeOrders[n]]!;
            if (m.Start == start && m.End == end) return true;
        }
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
        for (int b = BucketOf(first); b <= BucketOf(last) && b < _heads.Length; b++)
        {
            Examined += _counts[b];
            for (int n = _heads[b]; n >= 0; n = _next[n])
            {
                var m = _mentions[_nodeOrders[n]]!;
                if (m.Start < end && start < m.End) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How many mentions overlap [start, end) as <see cref="Overlapping"/> finds them, counted up to two (two means two
    /// or more), with the only one when there is one: a question that needs no list makes none (the one-mention list
    /// was an allocation for nearly every run the organisation-context pass tested, most runs being names already).
    /// </summary>
    public int CountOverlapping(int start, int end, out EntityMention? only)
    {
        only = null;
        int first = Math.Max(0, Math.Min(start, end - 1)), last = Math.Max(start, end - 1);
        if (last < 0) return 0;
        int single = -1;
        for (int b = BucketOf(first); b <= BucketOf(last) && b < _heads.Length; b++)
        {
            Examined += _counts[b];
            for (int n = _heads[b]; n >= 0; n = _next[n])
            {
                int order = _nodeOrders[n];
                var m = _mentions[order]!;
                if (m.Start >= end || start >= m.End) continue;
                if (single < 0) single = order;
                else if (order != single) return 2;
            }
        }
        if (single < 0) return 0;
        only = _mentions[single];
        return 1;
    }

    public IReadOnlyList<EntityMention> Overlapping(int start, int end)
    {
        // A mention overlapping a non-empty range covers one of its characters; one "overlapping" an empty range covers its start.
        int first = Math.Max(0, Math.Min(start, end - 1)), last = Math.Max(start, end - 1);
        if (last < 0) return [];
        int single = -1;
        List<int>? several = null;
        // The order of a bucket's chain does not matter: several mentions are sorted by the order they were added in.
        for (int b = BucketOf(first); b <= BucketOf(last) && b < _heads.Length; b++)
        {
            Examined += _counts[b];
            for (int n = _heads[b]; n >= 0; n = _next[n])
            {
                int order = _nodeOrders[n];
                var m = _mentions[order]!;
                if (m.Start >= end || start >= m.End) continue;
                if (several is not null) { if (!several.Contains(order)) several.Add(order); }
                else if (single < 0) single = order;
                else if (order != single) several = [single, order];
            }
        }
        if (several is null) return single < 0 ? [] : [_mentions[single]!];
        several.Sort();
        var mentions = new EntityMention[several.Count];
        for (int i = 0; i < mentions.Length; i++) mentions[i] = _mentions[several[i]]!;
        return mentions;
    }

    /// <summary>The order of the first added mention equal to <paramref name="mention"/> that is indexed, or -1.</summary>
    private int Find(EntityMention mention)
    {
        int b = BucketOf(mention.Start);
        if (mention.End <= mention.Start || b >= _heads.Length) return -1;
        int first = -1;
        for (int n = _heads[b]; n >= 0; n = _next[n])
        {
            int order = _nodeOrders[n];
            if (_mentions[order]!.Equals(mention) && (first < 0 || order < first)) first = order;
        }
        return first;
    }

    /// <summary>Lists the mention of this order in each bucket it touches.</summary>
    private void Index(int order)
    {
        var mention = _mentions[order]!;
        for (int b = BucketOf(mention.Start); b <= BucketOf(mention.End - 1); b++)
        {
            if (b >= _heads.Length) GrowBuckets(b + 1);
            int n = NewNode(order);
            _next[n] = _heads[b];
            _heads[b] = n;
            _counts[b]++;
        }
    }

    private void GrowBuckets(int least)
    {
        int old = _heads.Length, size = Math.Max(least, old * 2);
        Array.Resize(ref _heads, size);
        Array.Fill(_heads, -1, old, size - old);
        Array.Resize(ref _counts, size);
    }

    private int NewNode(int order)
    {
        int n;
        if (_free >= 0)
        {
            n = _free;
            _free = _next[n];
        }
        else
        {
            if (_nodes == _nodeOrders.Length)
            {
                Array.Resize(ref _nodeOrders, _nodes * 2);
                Array.Resize(ref _next, _nodes * 2);
            }
            n = _nodes++;
        }
        _nodeOrders[n] = order;
        return n;
    }

    /// <summary>Unlists the mention of this order from each bucket its current mention touches.</summary>
    private void Unindex(int order)
    {
        var mention = _mentions[order]!;
        for (int b = BucketOf(mention.Start); b <= BucketOf(mention.End - 1) && b < _heads.Length; b++)
        {
            for (int n = _heads[b], before = -1; n >= 0; before = n, n = _next[n])
            {
                if (_nodeOrders[n] != order) continue;
                if (before < 0) _heads[b] = _next[n];
                else _next[before] = _next[n];
                _counts[b]--;
                _next[n] = _free;
                _free = n;
                break;
            }
        }
    }

    private static int BucketOf(int offset) => Math.Max(0, offset) / BucketWidth;
}
