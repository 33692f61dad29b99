using Knowledge.Syntax;

namespace Knowledge.Extraction.Relations;

/// <summary>
/// Stable sorts of a document's entities, in place: a document keeps its entities by start (longest first), so the
/// lists are nearly always in order already and are only checked; one out of order is sorted as LINQ's stable OrderBy would.
/// </summary>
internal static class EntityOrder
{
    /// <summary>Sorts by start, keeping the order of equal starts.</summary>
    public static void ByStart(List<EntityMention> entities)
    {
        for (int i = 1; i < entities.Count; i++)
            if (entities[i].Start < entities[i - 1].Start)
            {
                Sort(entities, static (a, b) => a.Start.CompareTo(b.Start));
                return;
            }
    }

    /// <summary>Sorts by start, then the longest first (the latest end), keeping the order of equal spans.</summary>
    public static void ByStartLongestFirst(List<EntityMention> entities)
    {
        for (int i = 1; i < entities.Count; i++)
            if (StartThenLongest(entities[i - 1], entities[i]) > 0)
            {
                Sort(entities, StartThenLongest);
                return;
            }
    }

    private static int StartThenLongest(EntityMention a, EntityMention b)
    {
        int c = a.Start.CompareTo(b.Start);
        return c != 0 ? c : b.End.CompareTo(a.End);
    }

    /// <summary>A stable sort: the position breaks ties.</summary>
    private static void Sort(List<EntityMention> entities, Comparison<EntityMention> compare)
    {
        var keyed = new (EntityMention Entity, int Position)[entities.Count];
        for (int i = 0; i < keyed.Length; i++) keyed[i] = (entities[i], i);
        Array.Sort(keyed, (x, y) =>
        {
            int c = compare(x.Entity, y.Entity);
            return c != 0 ? c : x.Position.CompareTo(y.Position);
        });
        for (int i = 0; i < keyed.Length; i++) entities[i] = keyed[i].Entity;
    }
}
