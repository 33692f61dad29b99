using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The day a news story's lead puts its event on, when that is not the day of publication: "The government
/// yesterday declared …", "… since Wednesday, when the chief executive told analysts …", a dateline
/// "HARBORTOWN, 15 April 2019 – …". The statements of the event's speakers — those the lead names, and the
/// first one quoted after it — were made at that event, so their quotes that the text dates no other way
/// take this day. A dateline paragraph that only restates the day of publication is skipped. Only a day within a week before publication, in the lead (the first of the first body
/// paragraphs that gives a day outside a quote); a date after "since" or "until" counts only when a "when"
/// clause it dates follows; a work's release is no such event (reactions to a report come later).
/// None when the lead names two different days.
/// </summary>
internal sealed class LeadDate
{
    /// <summary>Body paragraphs searched for the lead's day.</summary>
    private const int LeadParagraphs = 3;

    /// <summary>How many days before publication the lead's event may lie.</summary>
    private const int MaximumDaysBefore = 7;

    private readonly List<EntityMention> _speakers;

    private LeadDate(DateMention date, List<EntityMention> speakers)
    {
        Date = date;
        _speakers = speakers;
    }

    /// <summary>The lead's day.</summary>
    public DateMention Date { get; }

    /// <summary>The lead's day for a quote by this speaker after the lead, or null.</summary>
    public DateMention? For(QuoteMention q)
    {
        if (q.Start < Date.End || q.Speaker is not { } s) return null;
        foreach (var e in _speakers)
            if (DatedSpeechEvents.SameSpeaker(e, s)) return Date;
        return null;
    }

    /// <summary>The document's lead day and its speakers, or null.</summary>
    public static LeadDate? Of(Doc doc, LexiconSet lex)
    {
        if (doc.Source.Published is not { } published) return null;
        int seen = 0;
        var days = new List<DateMention>();
        for (int b = 0; b < doc.Blocks.Length && seen < LeadParagraphs; b++)
        {
            var block = doc.Blocks[b];
            if (block.Kind is BlockKind.Title or BlockKind.Description or BlockKind.ImageCaption or BlockKind.Heading) continue;
            days.Clear();
            bool allPublished = true;
            foreach (var d in doc.Dates)
            {
                if (d.Start < block.Start || d.End > block.End || d.Precision != DatePrecision.Day) continue;
                days.Add(d);
                allPublished &= d.Value == published;
            }
            // "HARBORTOWN, Monday, May 6th 2024 [Wire]": a dateline on its own line that restates the day of
            // publication dates the release, not the event; the lead that follows it may.
            if (days.Count > 0 && allPublished && IsNameLine(doc, block)) continue;
            seen++;
            // The paragraph's days that date the lead's event: none may be the publication's own ("today became …",
            // then "since his swearing-in on Friday"), and those in the week before must be one day, else the published date stands.
            DateMention? before = null;
            bool any = false, onPublished = false, twoDays = false;
            foreach (var d in days)
            {
                if (!Dates(doc, lex, d)) continue;
                any = true;
                if (d.Value == published) onPublished = true;
                if (d.Value >= published || d.Value < published.AddDays(-MaximumDaysBefore)) continue;
                if (before is null) before = d;
                else if (d.Value != before.Value) twoDays = true;
            }
            if (!any) continue;
            if (before is null || onPublished || twoDays) return null;
            var lead = doc.Sentences[doc.SentenceIndexAt(before.Start)];
            if (DatedSpeechEvents.ReleasedWork(doc, lex, lead, before)) return null;
            var speakers = new List<EntityMention>();
            foreach (var e in doc.EntitiesWithin(lead.Start, lead.End))
                if (SourceResolver.IsSpeakerType(e)) speakers.Add(e);
            foreach (var q in doc.Quotes)
                if (q.Start >= lead.End && q.Speaker is not null)
                {
                    speakers.Add(q.Speaker);
                    break;
                }
            return new LeadDate(before, speakers);
        }
        return null;
    }

    /// <summary>Whether the paragraph is a line of names and dates only (a dateline): no word in it starts with a lower-case letter.</summary>
    private static bool IsNameLine(Doc doc, Block block)
    {
        for (int i = doc.TokenIndexAtOrAfter(block.Start); i < doc.Tokens.Length && doc.Tokens[i].Start < block.End; i++)
            if (doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.Text[doc.Tokens[i].Start])) return false;
        return true;
    }

    /// <summary>Whether the date dates the lead's event: outside a direct quote's sentence, not after "since"/"until" unless a "when" clause follows.</summary>
    private static bool Dates(Doc doc, LexiconSet lex, DateMention d)
    {
        int s = doc.SentenceIndexAt(d.Start);
        if (s < 0) return false;
        var lead = doc.Sentences[s];
        foreach (var q in doc.Quotes)
        {
            if (q.Kind != QuoteKind.Direct) continue;
            foreach (var span in q.Spans)
                if (span.Start < lead.End && lead.Start < span.End) return false;
        }
        int first = doc.TokenIndexAtOrAfter(d.Start);
        if (first <= lead.FirstToken || !lex.Quotes.Is(doc.SpanOf(doc.Tokens[first - 1]), QuoteWordRole.OtherTime)) return true;
        int after = doc.TokenIndexAtOrAfter(d.End);
        while (after < lead.EndToken && doc.SpanOf(doc.Tokens[after]) is ",") after++;
        return after < lead.EndToken && lex.Quotes.Is(doc.SpanOf(doc.Tokens[after]), QuoteWordRole.EventClauseOpener);
    }
}
