using Knowledge.Syntax;

namespace Knowledge.Extraction.Roles;

/// <summary>
/// A title written before the name and set off by a comma: "Harbour Valley Mayor, Rhys Penhallow, said",
/// "Digital affairs minister, Ines Marchetti, said", "a report to the agency's chief, General Ana Cruz".
/// The title runs back from the comma over capitalised and lower-case words (and joining words such as
/// "and", "for", "of") to the sentence start, an article or another break; an organisation named right
/// before it is the organisation the title is held at ("the Bureau chief, Ana Cruz" → chief at Bureau).
/// </summary>
internal sealed class FrontedTitles
{
    /// <summary>The longest fronted title read, in tokens.</summary>
    private const int MaxTitleTokens = 7;

    private readonly TitlePhrases _titles;
    private readonly RoleWords _words;

    public FrontedTitles(TitlePhrases titles, RoleWords words)
    {
        _titles = titles;
        _words = words;
    }

    /// <summary>The fronted title of <paramref name="person"/>, or null when the name is not preceded by "Title,".</summary>
    public RoleMention? Before(Doc doc, EntityMention person)
    {
        var t = doc.Tokens;
        int first = doc.TokenIndexAtOrAfter(person.Start);
        int sentenceStart = doc.Sentences[Math.Max(0, doc.SentenceIndexAt(person.Start))].FirstToken;
        int comma = first - 1;
        if (comma <= sentenceStart || doc.SpanOf(t[comma]) is not ",") return null;
        int head = comma - 1;
        if (t[head].Kind != TokenKind.Word || !_titles.IsHead(doc.SpanOf(t[head]))) return null;
        if (RoleRecognizer.MentionAt(doc, t[head].Start) is not null) return null;
        int start = head;
        EntityMention? org = null;
        while (start > sentenceStart && head - start < MaxTitleTokens)
        {
            var prev = t[start - 1];
            var w = doc.SpanOf(prev);
            if (RoleRecognizer.MentionAt(doc, prev.Start) is { } m)
            {
                if (m.Type == EntityType.Organization) org = m;
                break;
            }
            if (prev.Kind != TokenKind.Word || _words.Is(w, RoleSlot.AppositiveDeterminer)) break;
            // A joining word belongs to the title only between two of its words ("Technology and digital minister").
            if (_words.Is(w, RoleSlot.TitleJoiner) && (start - 2 < sentenceStart || t[start - 2].Kind != TokenKind.Word)) break;
            start--;
        }
        // "the Bureau's chief": the possessive belongs to the organisation before it.
        if (org is null && start > sentenceStart && t[start - 1].Kind == TokenKind.Possessive
            && start - 2 >= sentenceStart && RoleRecognizer.MentionAt(doc, t[start - 2].Start) is { Type: EntityType.Organization } owner)
            org = owner;
        while (start < head && _words.Is(doc.SpanOf(t[start]), RoleSlot.TitleJoiner)) start++;
        // A lower-case run that reaches no break is a clause, not a title ("he thanked the minister, Ana Cruz").
        if (start == sentenceStart || start == head || org is not null || IsBreak(doc, start - 1))
            return new RoleMention(t[start].Start, t[head].End, _titles.TitleCase(doc.Slice(t[start].Start, t[head].End)), person, org);
        return null;
    }

    private bool IsBreak(Doc doc, int i) =>
        i >= 0 && (doc.Tokens[i].Kind != TokenKind.Word || _words.Is(doc.SpanOf(doc.Tokens[i]), RoleSlot.AppositiveDeterminer));
}
