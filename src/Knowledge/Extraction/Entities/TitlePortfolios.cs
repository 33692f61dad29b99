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

    [ThreadStatic]
    private static List<EntityMention>? t_orgs;

    public static void Drop(Doc doc, EntityMentionSet found, LexiconSet lex)
    {
        var items = found.Items;
        // Only an organisation named by its head may be dropped: a document without one costs no list.
        int firstHead = 0;
        while (firstHead < items.Count && !(items[firstHead].Type == EntityType.Organization && items[firstHead].Rule == EntityRuleIds.OrganizationHead)) firstHead++;
        if (firstHead == items.Count) return;
        var orgs = OrganizationsByStart(items);
        foreach (var m in orgs)
        {
            if (m.Rule != EntityRuleIds.OrganizationHead || !FollowsTitle(doc, m.Start, lex)) continue;
            foreach (var next in NextWithin(orgs, m.End))
            {
                if (!IsSeparatorOnly(doc, m.End, next.Start, lex)) continue;
                found.Remove(m);
                break;
            }
        }
    }

    /// <summary>The organisation mentions by start, those of one start in the order they were added (a stable insertion sort: the mentions come nearly in text order).</summary>
    private static List<EntityMention> OrganizationsByStart(IReadOnlyList<EntityMention> items)
    {
        // Kept per thread: it is read only while the pass runs.
        var orgs = t_orgs ??= [];
        orgs.Clear();
        for (int i = 0; i < items.Count; i++)
        {
            var m = items[i];
            if (m.Type != EntityType.Organization) continue;
            int at = orgs.Count;
            while (at > 0 && orgs[at - 1].Start > m.Start) at--;
            orgs.Insert(at, m);
        }
        return orgs;
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
            var w = doc.SpanOf(t);
            bool of = lex.Entities.OfPrepositions.Contains(w);
            if (of || w is ",")
            {
                var before = doc.SpanOf(tokens[i - 1]);
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
        // The text between is at most a few characters: its articles are taken out on the stack.
        Span<char> between = stackalloc char[MaxSeparatorLength];
        between = between[..Math.Max(0, to - from)];
        doc.SpanOf(from, to).CopyTo(between);
        var mark = WithoutArticles(between, lex).Trim();
        return mark is "," or "-" or "–" or "—" || mark.Length == 0 && SourceLines.BreakBetween(doc, from, to);
    }

    /// <summary>The text without the definite article, capitalised or not, and the space after it (rewritten in place).</summary>
    private static Span<char> WithoutArticles(Span<char> text, LexiconSet lex)
    {
        Span<char> pattern = stackalloc char[MaxSeparatorLength + 1];
        foreach (var article in lex.Entities.DefiniteArticles.Entries)
        {
            // An article longer than the text cannot occur in it.
            if (article.Length + 1 > text.Length) continue;
            var spaced = pattern[..(article.Length + 1)];
            article.AsSpan().CopyTo(spaced);
            spaced[^1] = ' ';
            spaced[0] = char.ToUpperInvariant(article[0]);
            text = RemoveAll(text, spaced);
            spaced[0] = article[0];
            text = RemoveAll(text, spaced);
        }
        return text;
    }

    /// <summary>The text with every occurrence of <paramref name="pattern"/> taken out, left to right as <see cref="string.Replace(string, string?, StringComparison)"/> does.</summary>
    private static Span<char> RemoveAll(Span<char> text, scoped ReadOnlySpan<char> pattern)
    {
        int kept = 0;
        for (int i = 0; i < text.Length;)
        {
            if (text[i..].StartsWith(pattern, StringComparison.Ordinal))
            {
                i += pattern.Length;
                continue;
            }
            text[kept++] = text[i++];
        }
        return text[..kept];
    }

    private static bool HasLineBreak(Doc doc, int from, int to) => SourceLines.BreakBetween(doc, from, to);
}
