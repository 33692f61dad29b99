using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Laws;

/// <summary>
/// Law mentions that the capitalised-run rules cannot see: a title-case heading is skipped by those
/// rules (its capitals tell nothing), but a law the body names is still that law when the heading
/// repeats its name verbatim ("## The Clean Water Act (S. 99)"); a proposed law named in lower case by
/// its purpose; an acronym listed after a law.
/// </summary>
internal static class LawRules
{
    public static void FindInHeadlines(Doc doc, MentionSet found, Func<Sentence, bool> isHeadline)
    {
        var named = found.Items.Where(m => m.Type == EntityType.Law && m.Rule is "law-name" or "law-expanded-acronym")
            .GroupBy(m => doc.Slice(m.Start, m.End), StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start).ToList();
        if (named.Count == 0) return;
        foreach (var s in doc.Sentences)
        {
            if (s.EndToken <= s.FirstToken || !isHeadline(s)) continue;
            foreach (var law in named)
            {
                string name = doc.Slice(law.Start, law.End);
                int sStart = doc.Tokens[s.FirstToken].Start, sEnd = doc.Tokens[s.EndToken - 1].End;
                int from = sStart;
                while (from < sEnd)
                {
                    int at = doc.Text.IndexOf(name, from, sEnd - from, StringComparison.Ordinal);
                    if (at < 0) break;
                    bool wordEdges = (at == 0 || !char.IsLetterOrDigit(doc.Text[at - 1]))
                        && (at + name.Length >= doc.Text.Length || !char.IsLetterOrDigit(doc.Text[at + name.Length]));
                    if (wordEdges)
                        foreach (var weak in found.Overlapping(at, at + name.Length).Where(m => m.Rule == "bare-acronym").ToList()) found.Remove(weak);
                    if (wordEdges) found.Add(law with { Start = at, End = at + name.Length, Rule = "law-name-repeated" });
                    from = at + name.Length;
                }
            }
        }
    }

    /// <summary>
    /// "the proposed EU regulation to curb online fraud": a proposed law named by its purpose after a
    /// jurisdiction (an acronym, a place or a nationality) is a law; the name starts at the jurisdiction.
    /// </summary>
    public static void FindProposed(Doc doc, MentionSet found, LexiconSet lex)
    {
        foreach (System.Text.RegularExpressions.Match m in LawPatterns.ProposedLaw.Matches(doc.Text))
        {
            var g = m.Groups["name"];
            string place = m.Groups["place"].Value;
            bool jurisdiction = place.Length >= 2 && place.Where(char.IsLetter).All(char.IsUpper)
                || lex.Names.Places.Contains(place) || lex.Names.Nationalities.Contains(place);
            if (!jurisdiction || doc.BlockIndexAt(g.Index) < 0) continue;
            string name = g.Value.TrimEnd();
            int end = g.Index + name.Length;
            foreach (var weak in found.Overlapping(g.Index, end).Where(x => x.Rule == "bare-acronym").ToList()) found.Remove(weak);
            found.Add(new EntityMention(EntityType.Law, g.Index, end, name, "law-proposed") { Key = LawKeys.Of(name) });
        }
    }

    /// <summary>An undefined acronym listed right after a law ("the Water Act and WPR, …") is a law too.</summary>
    public static void FindListed(Doc doc, MentionSet found)
    {
        foreach (var weak in found.Items.Where(m => m.Rule == "bare-acronym").ToList())
        {
            int k = doc.TokenIndexAtOrAfter(weak.Start) - 1;
            int separators = 0;
            while (k >= 0 && doc.TextOf(doc.Tokens[k]) is "," or "and" or "&") { k--; separators++; }
            if (separators == 0 || k < 0) continue;
            var t = doc.Tokens[k];
            if (found.Overlapping(t.Start, t.End).Any(m => m.Type == EntityType.Law && m.End == t.End))
                found.Replace(weak, weak with { Type = EntityType.Law, Rule = "law-listed-acronym", Key = LawKeys.Of(weak.Name) });
        }
    }
}
