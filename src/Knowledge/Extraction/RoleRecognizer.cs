using System.Collections.Immutable;
using Knowledge.Graph;
using Knowledge.Pipeline;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>
/// Finds the titles a text gives people: an appositive after the name ("X, Executive Director of
/// the Y", "X, Y's Director of Z", "X, PSN Chairperson"), and a title written before the name
/// ("Senator X", "Vice Mayor X"; courtesy honorifics such as "Mr." or "Atty." are not roles).
/// The organisation is the one named right after "of"/"at" or before the title.
/// </summary>
public sealed class RoleRecognizer : IDocComponent
{
    private static readonly HashSet<string> Courtesy = new(StringComparer.OrdinalIgnoreCase)
    { "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Atty", "Attorney", "Lawyer", "Sir", "Dame", "Hon", "Honorable", "Prof", "Professor", "Lord", "Lady" };
    private readonly Lexicons _lex;

    /// <summary>Creates the recogniser over the given lexicons.</summary>
    public RoleRecognizer(Lexicons lexicons) => _lex = lexicons;

    /// <summary>Creates the recogniser over the default lexicons.</summary>
    public RoleRecognizer() : this(Lexicons.Default) { }

    /// <inheritdoc />
    public string Name => "roles";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var roles = ImmutableArray.CreateBuilder<RoleMention>();
        var entities = doc.Entities;
        foreach (var person in entities.Where(e => e.Type == NodeType.Person))
        {
            if (person.Honorific is { } h && !Courtesy.Contains(h.TrimEnd('.')) && IsTitle(h))
                roles.Add(new RoleMention(person.Start, person.Start + h.Length, h, person, null));
            foreach (var r in Appositive(doc, person)) roles.Add(r);
        }
        return doc with { Roles = roles.ToImmutable() };
    }

    private bool IsTitle(string phrase)
    {
        var words = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => _lex.PersonTitles.Contains(w.TrimEnd('.'))) || _lex.PersonTitles.Contains(phrase.TrimEnd('.'))
            || _lex.Honorifics.Contains(phrase.TrimEnd('.'));
    }

    /// <summary>"X, [the] [Org's|Org] Title [of|at Org] [and Title of Org]".</summary>
    private IEnumerable<RoleMention> Appositive(Doc doc, EntityMention person)
    {
        var tokens = doc.Tokens;
        int i = doc.TokenIndexAtOrAfter(person.End);
        if (i >= tokens.Length || doc.TextOf(tokens[i]) != ",") yield break;
        int sentenceEnd = doc.Sentences[Math.Max(0, doc.SentenceIndexAt(person.Start))].EndToken;
        i++;
        while (i < sentenceEnd)
        {
            if (doc.TextOf(tokens[i]) is "the" or "a" or "an" or "and") i++;
            if (i >= sentenceEnd) yield break;
            EntityMention? org = null;
            // An organisation before the title: "PSN Chairperson", "IJM's Director of …".
            var lead = MentionAt(doc, tokens[i].Start);
            if (lead is { Type: NodeType.Organization })
            {
                org = lead;
                i = doc.TokenIndexAtOrAfter(lead.End);
                if (i < sentenceEnd && tokens[i].Kind == TokenKind.Possessive) i++;
            }
            int titleStart = i;
            int titleEnd = i;
            while (titleEnd < sentenceEnd)
            {
                var t = tokens[titleEnd];
                var w = doc.TextOf(t);
                if (MentionAt(doc, t.Start) is { } m && m.Type != NodeType.Person) break;
                if (NameChunker.IsNameToken(doc, t) || (w is "of" or "for" or "and" or "&" or "," or "-" && titleEnd + 1 < sentenceEnd
                    && NameChunker.IsNameToken(doc, tokens[titleEnd + 1]) && MentionAt(doc, tokens[titleEnd + 1].Start) is null))
                {
                    titleEnd++;
                    continue;
                }
                break;
            }
            // Trailing connectors belong to the organisation phrase, not the title.
            while (titleEnd > titleStart && doc.TextOf(tokens[titleEnd - 1]) is "of" or "for" or "and" or "," or "&" or "-") titleEnd--;
            if (titleEnd == titleStart) yield break;
            string title = doc.Slice(tokens[titleStart].Start, tokens[titleEnd - 1].End);
            if (!IsTitle(title)) yield break;
            int k = titleEnd;
            if (org is null && k < sentenceEnd && doc.TextOf(tokens[k]) is "of" or "at" or "for" or "in")
            {
                k++;
                if (k < sentenceEnd && doc.TextOf(tokens[k]) == "the") k++;
                if (k < sentenceEnd && MentionAt(doc, tokens[k].Start) is { Type: NodeType.Organization } o)
                {
                    org = o;
                    k = doc.TokenIndexAtOrAfter(o.End);
                    // "IJM's Center to End …": the possessor is the owner; the unit after it is the organisation.
                    if (k < sentenceEnd && tokens[k].Kind == TokenKind.Possessive && k + 1 < sentenceEnd
                        && MentionAt(doc, tokens[k + 1].Start) is { Type: NodeType.Organization } unit)
                    {
                        org = unit;
                        k = doc.TokenIndexAtOrAfter(unit.End);
                    }
                }
            }
            yield return new RoleMention(tokens[titleStart].Start, tokens[titleEnd - 1].End, title, person, org);
            // "… National Director of X and Vice President of Y": a second title joined by "and".
            if (k < sentenceEnd && doc.TextOf(tokens[k]) is "and" or ",") { i = k + 1; continue; }
            yield break;
        }
    }

    private static EntityMention? MentionAt(Doc doc, int offset)
    {
        foreach (var e in doc.Entities)
        {
            if (e.Start > offset) break;
            if (e.Start <= offset && offset < e.End) return e;
        }
        return null;
    }
}
