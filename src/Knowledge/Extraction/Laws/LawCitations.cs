using System.Text.RegularExpressions;
using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Laws;

/// <summary>
/// Laws written by number, by the citation patterns of the jurisdiction packs
/// (<see cref="LawLexicons.Citations"/>): in the text ("Republic Act No. 12345", "H.R. 4410"), and in
/// link URLs ("…/republic-act-no-11930/"), where the law takes the number's key and name.
/// </summary>
internal sealed class LawCitations(LexiconSet lex)
{
    private readonly LawKeys _keys = new(lex);
    private readonly LawCitationPattern[] _inText = [.. InText(lex)];
    private readonly LawCitationPattern[] _inLinks = [.. lex.Laws.Citations.Where(c => c.Source == LawCitationSource.Link)];

    /// <summary>
    /// Which of <see cref="_inText"/> a text cannot match for want of a literal, found in one pass for them all: the
    /// literals each pattern's scanner requires, read off the patterns here (the scanners are made on first use).
    /// </summary>
    private readonly RequiredLiteralsGate _gate = new([.. InText(lex).Select(c => RequiredLiterals.Of(c.Pattern))]);

    private static IEnumerable<LawCitationPattern> InText(LexiconSet lex) => lex.Laws.Citations.Where(c => c.Source == LawCitationSource.Text);

    /// <summary>Adds a law for every citation in the document's blocks, pattern by pattern.</summary>
    public void FindInText(Doc doc, EntityMentionSet found)
    {
        var gate = _gate;
        ulong literals = gate.LiteralsIn(doc.Text);
        for (int p = 0; p < _inText.Length; p++)
        {
            // A pattern the text cannot match finds nothing: its scanner would say so after searching the text for its literals again.
            if (!gate.MayMatch(p, literals)) continue;
            var citation = _inText[p];
            foreach (var m in citation.Scanner.Matches(doc.Text))
            {
                if (doc.BlockIndexAt(m.Index) < 0) continue;
                found.Add(new EntityMention(EntityType.Law, m.Index, m.Index + m.Length, citation.NameOf(m), EntityRuleIds.LawNumber) { Key = citation.KeyOf(m) });
            }
        }
    }

    /// <summary>
    /// A link whose URL cites a law: the laws in the link's text take its key (keeping theirs as
    /// equivalents), or the link's text becomes that law when it holds none.
    /// </summary>
    public void FindInLinks(Doc doc, EntityMentionSet found)
    {
        foreach (var link in doc.Links)
        {
            if (link.End <= link.Start || FirstCitation(link.Url) is not { } hit) continue;
            var (citation, m) = hit;
            string key = citation.KeyOf(m), name = citation.NameOf(m);
            var inLink = found.Overlapping(link.Start, link.End).Where(e => e.Type == EntityType.Law).ToList();
            if (inLink.Count == 0)
            {
                found.Add(new EntityMention(EntityType.Law, link.Start, link.End, name, EntityRuleIds.LawLinkUrl) { Key = key });
                continue;
            }
            foreach (var e in inLink) found.Replace(e, e with { Key = key, SameAs = name, EquivalentKeys = [.. e.EquivalentKeys, e.Key ?? _keys.Of(e.Name)] });
        }
    }

    private (LawCitationPattern, Match)? FirstCitation(string url)
    {
        foreach (var citation in _inLinks)
        {
            var m = citation.Pattern.Match(url);
            if (m.Success) return (citation, m);
        }
        return null;
    }
}
