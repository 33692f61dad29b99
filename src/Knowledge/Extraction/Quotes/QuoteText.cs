using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The words of a direct quote read from its spans. A comma before the closing mark belongs to the
/// attribution that follows (“We will act,” she said), so it is dropped; the segments of a quote broken
/// by its attribution join with a space (“We will act,” she said, “and soon.” → "We will act and soon."),
/// or as two sentences when the attribution ends one (“We will act,” she said. “The plan is ready.”).
/// </summary>
internal static class QuoteText
{
    public static string Of(Doc doc, IReadOnlyList<(int Start, int End)> spans)
    {
        // The parts are read in place and the text written once, at its length: one string per quote.
        if (spans.Count == 1) return new string(Part(doc, spans[0]));
        int length = 0, parts = 0;
        for (int k = 0; k < spans.Count; k++)
        {
            var part = Part(doc, spans[k]);
            if (part.IsEmpty) continue;
            length += part.Length + (NeedsFullStop(doc, spans, k, part) ? 1 : 0);
            parts++;
        }
        if (parts == 0) return "";
        return string.Create(length + parts - 1, (doc, spans), static (text, state) =>
        {
            var (doc, spans) = state;
            int at = 0;
            for (int k = 0; k < spans.Count; k++)
            {
                var part = Part(doc, spans[k]);
                if (part.IsEmpty) continue;
                if (at > 0) text[at++] = ' ';
                part.CopyTo(text[at..]);
                at += part.Length;
                if (NeedsFullStop(doc, spans, k, part)) text[at++] = '.';
            }
        });
    }

    // A segment's words: trimmed, without the comma that belongs to the attribution after it.
    private static ReadOnlySpan<char> Part(Doc doc, (int Start, int End) span) =>
        doc.SpanOf(span.Start, span.End).Trim().TrimEnd(',').TrimEnd();

    // A segment that does not end its sentence when the attribution after it does ends with a full stop.
    private static bool NeedsFullStop(Doc doc, IReadOnlyList<(int Start, int End)> spans, int k, ReadOnlySpan<char> part) =>
        k + 1 < spans.Count && !EndsSentence(part[^1]) && SentenceEndsBetween(doc, spans[k].End, spans[k + 1].Start);

    private static bool EndsSentence(char c) => c is '.' or '?' or '!' or '…';

    /// <summary>Whether the attribution between two segments ends its sentence (“A,” she said. “B.”).</summary>
    private static bool SentenceEndsBetween(Doc doc, int from, int to)
    {
        for (int k = doc.TokenIndexAtOrAfter(from); k < doc.Tokens.Length && doc.Tokens[k].End <= to; k++)
            if (doc.Tokens[k].Kind == TokenKind.Terminal) return true;
        return false;
    }
}
