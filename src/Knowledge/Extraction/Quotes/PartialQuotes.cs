using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// A partial quote: quoted words inside reported speech — "X said the town is “the safest harbour on the
/// coast”", "X said that … circumstances “harmful to their health and future”". The statement is the
/// reported clause the speech verb governs, and the quoted words are part of it: one indirect quote, not a
/// direct quote of the fragment. A quote that opens the content ("X said: “…”", "X said “…”") or runs past
/// its sentence stays direct.
/// </summary>
internal static class PartialQuotes
{
    /// <summary>
    /// Whether the direct quote lies inside the content of reported speech in its sentence, after the content's first
    /// words, as the document's <paramref name="cues"/> read the sentence.
    /// </summary>
    public static bool InReportedSpeech(QuoteContext context, SentenceCues cues, QuoteMention quote)
    {
        if (quote.Kind != QuoteKind.Direct || quote.Spans.Length != 1) return false;
        var doc = context.Doc;
        var (start, end) = quote.Spans[0];
        int s = doc.SentenceIndexAt(start);
        if (s < 0) return false;
        var sentence = doc.Sentences[s];
        if (end > sentence.End || doc.SpanOf(sentence.Start, start).TrimEnd().TrimEnd("\"“«„").TrimEnd() is [.., ':']) return false;
        var found = cues.Find(sentence);
        // The cue must govern the content from before it ("X said the town is “…”"); a quote before its
        // attribution ("The town “…,” X said") is the speaker's words with a lead-in.
        if (found is not { Speaker: not null } f || f.Cue.Item2 > f.ContentStart) return false;
        // The quote's opening mark must stand after the content's first word.
        int firstContentWord = doc.TokenIndexAtOrAfter(f.ContentStart);
        while (firstContentWord < sentence.EndToken && doc.Tokens[firstContentWord].Kind is not (TokenKind.Word or TokenKind.Number)) firstContentWord++;
        return firstContentWord < sentence.EndToken && doc.Tokens[firstContentWord].End < start && end <= f.ContentEnd + 2;
    }
}
