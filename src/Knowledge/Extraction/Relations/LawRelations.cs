using Knowledge.Extraction.Quotes;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Relations;

/// <summary>
/// Relations between two laws a sentence names one after the other: "Republic Act 10364 amends
/// Republic Act 9208" (AMENDS), "the 2019 Code, as amended by the Reform Act" (the later one amends
/// the earlier), "the ordinance, which implements the Clean Air Act" (REFERS_TO). Between the two names
/// there may stand only the cue (models/relations/cues.txt) and a few small words ("which", "also",
/// "provisions of", "the"); two names of one law (same identity key) are not related to themselves.
/// </summary>
internal static class LawRelations
{
    private static bool IsLawRelation(RelationType t) => t is RelationType.Amends or RelationType.RefersTo;

    public static void Find(Doc doc, RelationCues cues, RelationWords words, DirectQuoteSpans quotes, CueWords between, List<EntityMention> laws, List<RelationMention> found)
    {
        laws.Clear();
        foreach (var e in doc.Entities)
            if (e.Type == EntityType.Law && !quotes.Contain(e)) laws.Add(e);
        EntityOrder.ByStart(laws);
        for (int i = 0; i + 1 < laws.Count; i++)
        {
            var a = laws[i];
            var b = laws[i + 1];
            if (b.Start < a.End || doc.SentenceIndexAt(a.Start) != doc.SentenceIndexAt(b.Start) || SameLaw(a, b)) continue;
            if (b.Start - a.End > 80 || !between.Read(Between(doc, a, b))) continue;
            if (cues.Find(between, 0, IsLawRelation, words, RelationSlot.LawFiller) is not { } cue) continue;
            var (source, target) = cue.Reverse ? (b, a) : (a, b);
            found.Add(new RelationMention(cue.Type, source, target, a.Start, b.End, cue.Phrase));
        }
    }

    /// <summary>The text between two laws; a number in parentheses after a name ("the X Act (S. 410) amends …") closes its bracket first.</summary>
    private static ReadOnlySpan<char> Between(Doc doc, EntityMention a, EntityMention b)
    {
        var between = doc.SpanOf(a.End, b.Start);
        int open = a.Start - 1;
        while (open >= 0 && doc.Text[open] == ' ') open--;
        bool bracketed = open >= 0 && doc.Text[open] == '(';
        return bracketed && between.TrimStart() is [')', ..] ? between.TrimStart()[1..] : between;
    }

    private static bool SameLaw(EntityMention a, EntityMention b) =>
        string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase)
        || (a.Key is not null && (a.Key == b.Key || b.EquivalentKeys.Contains(a.Key)))
        || (b.Key is not null && a.EquivalentKeys.Contains(b.Key))
        || (a.SameAs is not null && string.Equals(a.SameAs, b.Name, StringComparison.OrdinalIgnoreCase))
        || (b.SameAs is not null && string.Equals(b.SameAs, a.Name, StringComparison.OrdinalIgnoreCase));
}
