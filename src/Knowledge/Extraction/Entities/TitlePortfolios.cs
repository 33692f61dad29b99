using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// A department named inside a job title is part of the title, not a body of its own: in "Ana Reyes,
/// Director of Policy, Research and Outreach Team, Harbor Trust" or "Vice President, Fraud Division &amp;
/// Global Affairs – Harbor Trust", the run between the title and the employer (after a comma, a dash or
/// a line break) is the title's portfolio. It must follow the title through "of" or a comma and
/// only capitalised list items, and another organisation must follow it.
/// </summary>
internal static class TitlePortfolios
{
    private const int MaxSeparatorLength = 8;

    public static void Drop(Doc doc, EntityMentionSet found, LexiconSet lex)
    {
        var orgs = found.Items.Where(m => m.Type == EntityType.Organization).OrderBy(m => m.Start).ToList();
        foreach (var m in orgs)
        {
            if (m.Rule != EntityRuleIds.OrganizationHead || !FollowsTitle(doc, m.Start, lex)) continue;
            if (NextWithin(orgs, m.End).Any(next => IsSeparatorOnly(doc, m.End, next.Start, lex))) found.Remove(m);
        }
    }

    /// <summary>
    /// The organisations (sorted by start) that start after <paramref name="end"/> but close enough for only a separator
    /// to lie between: found by binary search, so a long document costs a look at its neighbours, not at every name.
    /// </summary>
    private static IEnumerable<EntityMention> NextWithin(List<EntityMention> orgs, int end)
    {
        int lo = 0, hi = orgs.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (orgs[mid].Start > end) hi = mid; else lo = mid + 1;
        }
        for (int i = lo; i < orgs.Count && orgs[i].Start - end <= MaxSeparatorLength; i++) yield return orgs[i];
    }

    /// <summary>Walks back over capitalised list items, commas and "and" to "of" or a comma right after a job title.</summary>
    private static bool FollowsTitle(Doc doc, int start, LexiconSet lex)
    {
        var tokens = doc.Tokens;
        int i = doc.TokenIndexAtOrAfter(start) - 1;
        while (i >= 1)
        {
            var t = tokens[i];
            string w = doc.TextOf(t);
            bool of = lex.Entities.OfPrepositions.Contains(w);
            if (of || w == ",")
            {
                string before = doc.TextOf(tokens[i - 1]);
                if (lex.Titles.PersonTitles.Contains(before) && !HasLineBreak(doc, tokens[i - 1].End, t.Start)) return true;
                if (of) return false;
            }
            else if (!(lex.Entities.AndConjunctions.Contains(w) || t.Kind == TokenKind.Word && char.IsUpper(w[0]) && !lex.Titles.PersonTitles.Contains(w))) return false;
            if (HasLineBreak(doc, tokens[i - 1].End, t.Start)) return false;
            i--;
        }
        return false;
    }

    /// <summary>Only a comma, a dash, a line break of the source or "the" between two names.</summary>
    private static bool IsSeparatorOnly(Doc doc, int from, int to, LexiconSet lex)
    {
        if (to - from > MaxSeparatorLength) return false;
        string between = doc.Slice(from, to);
        string mark = WithoutArticles(between, lex).Trim();
        return mark is "," or "-" or "–" or "—" || mark.Length == 0 && SourceLines.BreakBetween(doc, from, to);
    }

    /// <summary>The text without the definite article, capitalised or not, and the space after it.</summary>
    private static string WithoutArticles(string text, LexiconSet lex)
    {
        foreach (var article in lex.Entities.DefiniteArticles.Entries)
            text = text.Replace(char.ToUpperInvariant(article[0]) + article[1..] + " ", "", StringComparison.Ordinal)
                       .Replace(article + " ", "", StringComparison.Ordinal);
        return text;
    }

    private static bool HasLineBreak(Doc doc, int from, int to) => SourceLines.BreakBetween(doc, from, to);
}
