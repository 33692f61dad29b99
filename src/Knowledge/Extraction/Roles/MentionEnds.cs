using Knowledge.Syntax;

namespace Knowledge.Extraction.Roles;

/// <summary>
/// The running maximum of the ends of a document's mentions (entry i: the largest end among mentions 0..i), kept for
/// the last mention array each thread asked about, so that finding the mention at an offset is a binary search.
/// </summary>
internal static class MentionEnds
{
    [ThreadStatic] private static EntityMention[]? t_mentions;
    [ThreadStatic] private static int[]? t_maxEnd;

    /// <summary>The running maximum of the ends, or null when the mentions are not sorted by start.</summary>
    public static int[]? Of(EntityMention[] mentions)
    {
        if (ReferenceEquals(t_mentions, mentions)) return t_maxEnd;
        int[]? maxEnd = new int[mentions.Length];
        int max = int.MinValue;
        for (int i = 0; i < mentions.Length; i++)
        {
            if (i > 0 && mentions[i].Start < mentions[i - 1].Start) { maxEnd = null; break; }
            max = Math.Max(max, mentions[i].End);
            maxEnd[i] = max;
        }
        t_mentions = mentions;
        t_maxEnd = maxEnd;
        return maxEnd;
    }
}
