using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// One entry of a document's table of nodes: a mention's range and type, and its node as an index into the entity
/// nodes. A document's entries are kept sorted by range, type and node, and looked up by binary search: 16 bytes a
/// mention in one exact array, where a dictionary per document cost about 44 (its buckets, entries and prime slack).
/// </summary>
internal readonly record struct MentionNode(int Start, int End, EntityType Type, int Node) : IComparable<MentionNode>
{
    public int CompareTo(MentionNode other)
    {
        int c = Start.CompareTo(other.Start);
        if (c == 0) c = End.CompareTo(other.End);
        // As numbers: an enum's own CompareTo takes an object and boxes both values.
        if (c == 0) c = ((int)Type).CompareTo((int)other.Type);
        if (c == 0) c = Node.CompareTo(other.Node);
        return c;
    }

    /// <summary>
    /// Sorts a document's entries and keeps, of those with the same range and type, the one with the highest node:
    /// the groups are numbered in the order their nodes are made, so that is the one a table written group by group
    /// would hold last. Returns the entries kept (the same array when no two shared a range and type).
    /// </summary>
    public static MentionNode[] SortedDistinct(MentionNode[] entries)
    {
        Array.Sort(entries);
        int kept = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            if (kept > 0 && SameMention(entries[kept - 1], entries[i])) entries[kept - 1] = entries[i];
            else entries[kept++] = entries[i];
        }
        if (kept < entries.Length) Array.Resize(ref entries, kept);
        return entries;
    }

    /// <summary>The node of the mention at this range and type in sorted, distinct entries, or -1.</summary>
    public static int Find(MentionNode[] entries, int start, int end, EntityType type)
    {
        int lo = 0, hi = entries.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            ref readonly var e = ref entries[mid];
            int c = e.Start.CompareTo(start);
            if (c == 0) c = e.End.CompareTo(end);
            if (c == 0) c = ((int)e.Type).CompareTo((int)type);
            if (c == 0) return e.Node;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    private static bool SameMention(MentionNode a, MentionNode b) => a.Start == b.Start && a.End == b.End && a.Type == b.Type;
}
