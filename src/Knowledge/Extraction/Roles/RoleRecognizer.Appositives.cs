using Knowledge.Extraction.Entities;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Roles;

/// <summary>Titles in an appositive after the name ("X, Executive Director of the Y"), two joined titles split in two.</summary>
public sealed partial class RoleRecognizer
{
    /// <summary>The longest appositive title read, in tokens; a longer capitalised run is not a title.</summary>
    private const int MaxTitleTokens = 24;

    /// <summary>"X, [the] [Org's|Org] Title [of|at Org] [and Title of Org]".</summary>
    private void Appositive(Doc doc, EntityMention person, List<RoleMention> roles)
    {
        var tokens = doc.Tokens;
        int sentenceEnd = doc.Sentences[Math.Max(0, doc.SentenceIndexAt(person.Start))].EndToken;
        int i = LowerCaseRoles.SkipNameMarks(doc, doc.TokenIndexAtOrAfter(person.End), sentenceEnd);
        if (i >= tokens.Length || doc.SpanOf(tokens[i]) is not ",") return;
        i++;
        while (i < sentenceEnd)
        {
            if (_words.Is(doc.SpanOf(tokens[i]), RoleSlot.AppositiveOpener)) i++;
            if (i >= sentenceEnd) return;
            // "X, a survivor leader and one of the survivor consultants", "X, former chief of …".
            if (_lower.Appositive(doc, person, i, sentenceEnd, out int after) is { } lowerRole)
            {
                roles.Add(lowerRole);
                if (after + 1 < sentenceEnd && _words.Is(doc.SpanOf(tokens[after]), RoleSlot.NextLowerTitle)) { i = after + 1; continue; }
                return;
            }
            EntityMention? org = null;
            // An organisation before the title: "PSN Chairperson", "HLA's Director of …".
            var lead = MentionAt(doc, tokens[i].Start);
            if (lead is { Type: EntityType.Organization })
            {
                org = lead;
                i = doc.TokenIndexAtOrAfter(lead.End);
                if (i < sentenceEnd && tokens[i].Kind == TokenKind.Possessive) i++;
                // "X, the Agency commissioner for …", "X, Agency's former chief": a lower-case title after the organisation.
                if (i < sentenceEnd && _lower.Appositive(doc, person, i, sentenceEnd, out _) is { } owned)
                {
                    roles.Add(owned with { Organization = owned.Organization ?? org });
                    return;
                }
            }
            int titleStart = i;
            int titleEnd = i;
            // "X, Agency's former CFO": a lower-case modifier opens the capitalised title.
            while (titleEnd < sentenceEnd - 1 && char.IsLower(doc.SpanOf(tokens[titleEnd])[0]) && _titles.IsModifier(doc.SpanOf(tokens[titleEnd]))
                   && NameChunker.IsNameToken(doc, tokens[titleEnd + 1]))
                titleEnd++;
            while (titleEnd < sentenceEnd)
            {
                // No title runs this long; a list of thousands of names would otherwise be rescanned for every name in it.
                if (titleEnd - titleStart >= MaxTitleTokens) return;
                var t = tokens[titleEnd];
                var w = doc.SpanOf(t);
                if (MentionAt(doc, t.Start) is { } m && m.Type != EntityType.Person) break;
                // "Director, Brand, Media, and Communications": a serial comma before the last item.
                if (w is "," && titleEnd + 2 < sentenceEnd && _words.Is(doc.SpanOf(tokens[titleEnd + 1]), RoleSlot.SerialAnd)
                    && NameChunker.IsNameToken(doc, tokens[titleEnd + 2]) && MentionAt(doc, tokens[titleEnd + 2].Start) is null)
                {
                    titleEnd += 2;
                    continue;
                }
                if (NameChunker.IsNameToken(doc, t) || (_words.Is(w, RoleSlot.TitleJoiner) && titleEnd + 1 < sentenceEnd
                    && NameChunker.IsNameToken(doc, tokens[titleEnd + 1]) && MentionAt(doc, tokens[titleEnd + 1].Start) is null))
                {
                    titleEnd++;
                    continue;
                }
                break;
            }
            // Trailing connectors belong to the organisation phrase, not the title.
            while (titleEnd > titleStart && _words.Is(doc.SpanOf(tokens[titleEnd - 1]), RoleSlot.TitleJoiner)) titleEnd--;
            if (titleEnd == titleStart) return;
            // Read in place: the title's text is copied only once it is a title.
            if (!IsTitle(doc.SpanOf(tokens[titleStart].Start, tokens[titleEnd - 1].End))) return;
            string title = doc.Slice(tokens[titleStart].Start, tokens[titleEnd - 1].End);
            int k = titleEnd;
            if (org is null && k < sentenceEnd && _words.Is(doc.SpanOf(tokens[k]), RoleSlot.TitleOrganization))
            {
                k++;
                if (k < sentenceEnd && _words.Is(doc.SpanOf(tokens[k]), RoleSlot.OrganizationArticle)) k++;
                if (k < sentenceEnd && MentionAt(doc, tokens[k].Start) is { Type: EntityType.Organization } o)
                {
                    org = o;
                    k = doc.TokenIndexAtOrAfter(o.End);
                    // "HLA's Center for …": the possessor is the owner; the unit after it is the organisation.
                    if (k < sentenceEnd && tokens[k].Kind == TokenKind.Possessive && k + 1 < sentenceEnd
                        && MentionAt(doc, tokens[k + 1].Start) is { Type: EntityType.Organization } unit)
                    {
                        org = unit;
                        k = doc.TokenIndexAtOrAfter(unit.End);
                    }
                }
            }
            // "Deputy Prime Minister and Minister of Interior": two titles joined by "and", each with a head of its own.
            int split = TitleSplit(doc, titleStart, titleEnd);
            if (split > 0)
            {
                roles.Add(new RoleMention(tokens[titleStart].Start, tokens[split - 1].End, doc.Slice(tokens[titleStart].Start, tokens[split - 1].End), person, lead is { Type: EntityType.Organization } ? org : null));
                titleStart = split + 1;
                title = doc.Slice(tokens[titleStart].Start, tokens[titleEnd - 1].End);
            }
            roles.Add(new RoleMention(tokens[titleStart].Start, tokens[titleEnd - 1].End, title, person, org));
            // "… National Director of X and Vice President of Y": a second title joined by "and".
            if (k < sentenceEnd && _words.Is(doc.SpanOf(tokens[k]), RoleSlot.NextTitle)) { i = k + 1; continue; }
            return;
        }
    }

    /// <summary>
    /// The "and" token that joins two whole titles inside [start, end) ("Deputy Prime Minister and Minister of
    /// Interior"), or -1: each side needs a title head of its own and the right side opens with a title, so a
    /// list inside one title ("Director, Brand, Media, and Communications") stays whole.
    /// </summary>
    private int TitleSplit(Doc doc, int start, int end)
    {
        var tokens = doc.Tokens;
        for (int a = start + 1; a < end - 1; a++)
        {
            if (!_words.Is(doc.SpanOf(tokens[a]), RoleSlot.NextTitle)) continue;
            if (doc.SpanOf(tokens[a - 1]) is ",") continue;
            if (_titles.LengthAt(doc, a + 1, end) == 0) continue;
            if (IsTitle(doc.SpanOf(tokens[start].Start, tokens[a - 1].End)) && IsTitle(doc.SpanOf(tokens[a + 1].Start, tokens[end - 1].End))) return a;
        }
        return -1;
    }
}
