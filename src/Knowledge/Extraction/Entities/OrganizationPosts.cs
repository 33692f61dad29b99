using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// A body a state posts abroad takes the place it is posted in into its name: "the Harbor Republic
/// Embassy in the Philippines", "the Consulate in Lagos" (a head of models/organizations/posted-heads.txt,
/// a place preposition such as "in", an optional article and a place of the gazetteer).
/// </summary>
internal static class OrganizationPosts
{
    public static void Extend(Doc doc, EntityMentionSet found, LexiconSet lex)
    {
        var tokens = doc.Tokens;
        // Only the few names that end with a posted head are kept (their last word read as a span): the loop below changes the set.
        List<EntityMention>? posted = null;
        var items = found.Items;
        for (int k = 0; k < items.Count; k++)
        {
            var m = items[k];
            if (m.Type == EntityType.Organization && !m.IsWeak && lex.Organizations.PostedHeads.Contains(m.Name.AsSpan(m.Name.LastIndexOf(' ') + 1)))
                (posted ??= []).Add(m);
        }
        if (posted is null) return;
        foreach (var m in posted)
        {
            int i = doc.TokenIndexAtOrAfter(m.End);
            if (i + 1 >= tokens.Length || !lex.Entities.PlacePrepositions.Contains(doc.SpanOf(tokens[i]))) continue;
            int p = i + 1;
            if (lex.Entities.DefiniteArticles.Contains(doc.SpanOf(tokens[p]))) p++;
            int end = p;
            while (end < tokens.Length && end < p + 3 && NameChunker.IsNameToken(doc, tokens[end])) end++;
            if (end == p) continue;
            string place = doc.Slice(tokens[p].Start, tokens[end - 1].End);
            if (!lex.Names.Places.Contains(place) || found.Overlapping(tokens[i].Start, tokens[end - 1].End).Any(o => o.Type != EntityType.Place)) continue;
            int newEnd = tokens[end - 1].End;
            foreach (var o in found.Overlapping(tokens[p].Start, newEnd).ToList()) found.Remove(o);
            found.Replace(m, m with { End = newEnd, Name = doc.Slice(m.Start, newEnd) });
        }
    }
}
