using System.Text.RegularExpressions;
using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Extraction.Laws;

/// <summary>
/// Law mentions that the capitalised-run rules cannot see: an acronym-named act with its expansion, a
/// law named by what it is against, a proposed law named in lower case by its purpose, a law the body
/// names repeated verbatim in a title-case heading ("## The Clean Water Act (S. 99)"), and an acronym
/// listed after a law.
/// </summary>
internal sealed class LawRules(LexiconSet lex)
{
    private readonly LawPatterns _patterns = new(lex);
    private readonly LawKeys _keys = new(lex);

    /// <summary>"SAFE (Securing All Fishing Estuaries) Act": the long name, with the acronym's name as its other name.</summary>
    public void FindExpandedActs(Doc doc, EntityMentionSet found)
    {
        string text = doc.Text;
        foreach (var m in _patterns.ExpandedAcronymActs(text))
        {
            string head = m.Head;
            string shortName = $"{text.AsSpan(m.Start, m.AcronymEnd - m.Start)} {head}";
            string longName = $"{text.AsSpan(m.ExpansionStart, m.ExpansionEnd - m.ExpansionStart).Trim()} {head}";
            string key = LawKeys.Prefix + Slug.Of(longName);
            found.Add(new EntityMention(EntityType.Law, m.Start, m.End, longName, EntityRuleIds.LawExpandedAcronym) { Key = key, SameAs = shortName });
        }
    }

    /// <summary>"the Anti-Fraud law": the law's name is the "Anti-" name and its noun capitalised ("Anti-Fraud Law").</summary>
    public void FindAntiLaws(Doc doc, EntityMentionSet found)
    {
        foreach (Match m in _patterns.AntiLaw.Matches(doc.Text))
        {
            var g = m.Groups["anti"];
            string noun = m.Groups["noun"].Value;
            string name = WithoutFootnoteMarks(g.Value) + " " + char.ToUpperInvariant(noun[0]) + noun[1..];
            found.Add(new EntityMention(EntityType.Law, g.Index, m.Index + m.Length, name, EntityRuleIds.LawAnti) { Key = _keys.Of(name) });
        }
    }

    private string WithoutFootnoteMarks(string name) =>
        lex.Laws.FootnoteMarks.Entries.Aggregate(name, (n, mark) => n.Replace(mark, "", StringComparison.Ordinal));

    /// <summary>
    /// "the proposed EU regulation to curb online fraud", "the Harbor Commission proposal to End Bycatch":
    /// a law instrument named by its purpose after a jurisdiction (an acronym, a place or a nationality)
    /// or a body is a law; the name starts at the jurisdiction.
    /// </summary>
    public void FindProposed(Doc doc, EntityMentionSet found)
    {
        foreach (Match m in _patterns.ProposedLaws(doc, doc.TokenTable(lex)))
        {
            var g = m.Groups["proposal"];
            var place = m.Groups["jurisdiction"];
            if (JurisdictionStart(place.Value) is not int skip || doc.BlockIndexAt(g.Index) < 0) continue;
            int start = place.Index + skip;
            string name = doc.Text[start..(g.Index + g.Length)].TrimEnd();
            int end = start + name.Length;
            foreach (var weak in found.Overlapping(start, end).Where(x => x.IsWeak).ToList()) found.Remove(weak);
            found.Add(new EntityMention(EntityType.Law, start, end, name, EntityRuleIds.LawProposed) { Key = _keys.Of(name) });
        }
    }

    /// <summary>
    /// Where a jurisdiction or body starts in the capitalised words before a law instrument, dropping
    /// leading words ("In May EU" → "EU"): an acronym, a place or nationality, or two words or more
    /// ending with an organisation's head ("Harbor Commission"). Null when none does.
    /// </summary>
    private int? JurisdictionStart(string words)
    {
        int at = 0;
        while (at < words.Length)
        {
            string rest = words[at..];
            bool jurisdiction = rest.Length >= 2 && rest.Where(char.IsLetter).All(char.IsUpper)
                || lex.Names.Places.Contains(rest) || lex.Names.Nationalities.Contains(rest)
                || rest.Contains(' ') && lex.Organizations.Heads.Contains(rest[(rest.LastIndexOf(' ') + 1)..]);
            if (jurisdiction) return at;
            int space = words.IndexOf(' ', at);
            if (space < 0) return null;
            at = space + 1;
        }
        return null;
    }

    /// <summary>A law the body names by name is that law again where a title-case heading repeats the name verbatim.</summary>
    public static void FindInHeadlines(Doc doc, EntityMentionSet found)
    {
        // Gathered at the first title-case heading (nothing in this pass changes the mentions before it), with each
        // name's text read once a document rather than once a heading.
        List<(EntityMention Law, string Name)>? named = null;
        foreach (var s in doc.Sentences)
        {
            if (s.EndToken <= s.FirstToken || !TitleCaseHeadlines.Is(doc, s)) continue;
            named ??= NamedLaws(doc, found);
            if (named.Count == 0) return;
            foreach (var (law, name) in named)
            {
                int sStart = doc.Tokens[s.FirstToken].Start, sEnd = doc.Tokens[s.EndToken - 1].End;
                int from = sStart;
                while (from < sEnd)
                {
                    int at = doc.Text.IndexOf(name, from, sEnd - from, StringComparison.Ordinal);
                    if (at < 0) break;
                    bool wordEdges = (at == 0 || !char.IsLetterOrDigit(doc.Text[at - 1]))
                        && (at + name.Length >= doc.Text.Length || !char.IsLetterOrDigit(doc.Text[at + name.Length]));
                    if (wordEdges)
                        foreach (var weak in found.Overlapping(at, at + name.Length).Where(m => m.IsWeak).ToList()) found.Remove(weak);
                    if (wordEdges) found.Add(law with { Start = at, End = at + name.Length, Rule = EntityRuleIds.LawNameRepeated });
                    from = at + name.Length;
                }
            }
        }
    }

    /// <summary>
    /// The law mentions named by name, the first of each text, with that text: the longest first, then by start (a
    /// stable order, as the mentions were added); a text is copied only for its first mention.
    /// </summary>
    private static List<(EntityMention Law, string Name)> NamedLaws(Doc doc, EntityMentionSet found)
    {
        var named = new List<(EntityMention Law, string Name)>();
        var items = found.Items;
        for (int i = 0; i < items.Count; i++)
        {
            var m = items[i];
            if (m.Type != EntityType.Law || m.Rule is not (EntityRuleIds.LawName or EntityRuleIds.LawExpandedAcronym)) continue;
            var text = doc.SpanOf(m.Start, m.End);
            bool seen = false;
            foreach (var (_, name) in named)
                if (text.SequenceEqual(name)) { seen = true; break; }
            if (seen) continue;
            // Insertion after every entry that sorts before or level with it keeps equal entries in the order first named.
            int at = named.Count, length = m.End - m.Start;
            while (at > 0 && Before(length, m.Start, named[at - 1].Law)) at--;
            named.Insert(at, (m, text.ToString()));
        }
        return named;
    }

    /// <summary>Whether a name of this length and start sorts strictly before <paramref name="other"/>: longer, or as long and earlier.</summary>
    private static bool Before(int length, int start, EntityMention other)
    {
        int otherLength = other.End - other.Start;
        return length > otherLength || length == otherLength && start < other.Start;
    }

    /// <summary>An undefined acronym listed right after a law ("the Water Act and WPR, …") is a law too.</summary>
    public void FindListed(Doc doc, EntityMentionSet found)
    {
        // Read by place: a replacement takes the place of the mention it replaces, so the count and the others stay.
        var items = found.Items;
        int count = items.Count;
        for (int i = 0; i < count; i++)
        {
            var weak = items[i];
            if (!weak.IsWeak) continue;
            int k = doc.TokenIndexAtOrAfter(weak.Start) - 1;
            int separators = 0;
            while (k >= 0 && IsListSeparator(doc.SpanOf(doc.Tokens[k]))) { k--; separators++; }
            if (separators == 0 || k < 0) continue;
            var t = doc.Tokens[k];
            if (EndsLaw(found.Overlapping(t.Start, t.End), t.End))
                found.Replace(weak, weak with { Type = EntityType.Law, Rule = EntityRuleIds.LawListedAcronym, Key = _keys.Of(weak.Name), IsWeak = false });
        }
    }

    /// <summary>Whether one of the mentions is a law ending at <paramref name="end"/>.</summary>
    private static bool EndsLaw(IEnumerable<EntityMention> mentions, int end)
    {
        foreach (var m in (IReadOnlyList<EntityMention>)mentions)
            if (m.Type == EntityType.Law && m.End == end) return true;
        return false;
    }

    private bool IsListSeparator(ReadOnlySpan<char> w) => w is "," || lex.Entities.AndConjunctions.Contains(w);
}
