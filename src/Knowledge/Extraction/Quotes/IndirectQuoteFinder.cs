using Knowledge.Extraction.Dates;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// Reported speech, after BBC Citron: in a sentence without a direct quote, find the cue (a speech verb,
/// "according to", "as stated in", "is proud to announce"), its source (the cue's subject: a named person,
/// organisation or work, or a pronoun or nominal resolved by <see cref="SourceResolver"/>) and its content
/// (the clause the cue governs: "X said [that] CONTENT", "CONTENT, X said.", "According to X, CONTENT",
/// "X urged LAWMAKERS to …"). The quote's text and span are the content's. No source, no quote.
/// </summary>
internal static class IndirectQuoteFinder
{
    private const int MinimumContentWords = 4;

    /// <summary>
    /// The indirect quotes of the context's document, outside the direct quotes' spans, read by the document's
    /// <paramref name="cues"/> (one reader pointed at each sentence in turn, resolving sources with the resolver the direct
    /// quotes used: it reads the document's works once), added to <paramref name="quotes"/> in text order. Added in place
    /// rather than yielded: no iterator a document, and no copy of a lazy sequence's items.
    /// </summary>
    public static void Find(QuoteContext context, SentenceCues cues, DirectQuoteSpans direct, List<QuoteMention> quotes)
    {
        var doc = context.Doc;
        int boilerplate = BoilerplateStart(context);
        foreach (var s in doc.Sentences)
        {
            if (s.BlockIndex >= boilerplate) break;
            if (doc.Blocks[s.BlockIndex].Kind is BlockKind.Title or BlockKind.Description or BlockKind.ImageCaption or BlockKind.Heading) continue;
            if (direct.Overlap(s.Start, s.End)) continue;
            // A sentence ending in a colon introduces a quote or a list; it is not reported speech itself.
            if (s.TokenCount < 6 || doc.SpanOf(s.Start, s.End).TrimEnd() is [.., ':']) continue;
            var found = cues.Find(s);
            if (found is not { } f) continue;
            var (start, end) = Trim(doc, f.ContentStart, f.ContentEnd);
            (start, end) = Trim(doc, start, TrailingSetting.EndBefore(doc, context.Lexicons, start, end));
            // A dateline heading the paragraph ("PORTVILLE, NORTHLAND –") is not what the speaker said.
            var block = doc.Blocks[s.BlockIndex];
            if (Dateline.EndOfOpening(doc, block.Start, block.End, context.Lexicons.Dates.DatelineSeparators) is int dateline && start < dateline)
                (start, end) = Trim(doc, dateline, end);
            if (Words(doc, start, end) < MinimumContentWords) continue;
            quotes.Add(new QuoteMention(QuoteKind.Indirect, [(start, end)], doc.Slice(start, end))
            { Speaker = f.Speaker, Cue = f.Cue, AttributionRule = f.Rule, Date = context.PublishedDate, DateSource = context.DateSource });
        }
    }

    /// <summary>
    /// The first block of a press release's closing "About X" section (a short line or a capitalised lead
    /// "ABOUT X …"): boilerplate describing an organisation, not reported speech. The block count when none.
    /// </summary>
    private static int BoilerplateStart(QuoteContext context)
    {
        var doc = context.Doc;
        for (int b = 0; b < doc.Blocks.Length; b++)
        {
            var text = doc.SpanOf(doc.Blocks[b].Start, doc.Blocks[b].End).Trim();
            int space = text.IndexOf(' ');
            if (space < 0 || !context.Lexicons.Quotes.Is(text[..space], QuoteWordRole.BoilerplateHeading)) continue;
            if (WordShape.IsUpperCase(text[..space])) return b;
            if (WordShape.IsCapitalised(text[..space]) && text.Count(' ') + 1 <= 8 && text is not [.., '.']) return b;
        }
        return doc.Blocks.Length;
    }

    /// <summary>The range without surrounding spaces, commas, semicolons and dashes.</summary>
    private static (int, int) Trim(Doc doc, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(doc.Text[start]) || doc.Text[start] is ',' or ';' or '–' or '—')) start++;
        while (end > start && (char.IsWhiteSpace(doc.Text[end - 1]) || doc.Text[end - 1] is ',' or ';' or '–' or '—')) end--;
        return (start, end);
    }

    private static int Words(Doc doc, int start, int end)
    {
        int n = 0;
        for (int i = doc.TokenIndexAtOrAfter(start); i < doc.Tokens.Length && doc.Tokens[i].End <= end; i++)
            if (doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Number) n++;
        return n;
    }
}
