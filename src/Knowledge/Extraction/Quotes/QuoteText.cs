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
        var parts = new List<string>(spans.Count);
        for (int k = 0; k < spans.Count; k++)
        {
            var part = doc.Slice(spans[k].Start, spans[k].End).Trim().TrimEnd(',').TrimEnd();
            if (k + 1 < spans.Count && part.Length > 0 && !EndsSentence(part[^1]) && SentenceEndsBetween(doc, spans[k].End, spans[k + 1].Start))
                part += ".";
            if (part.Length > 0) parts.Add(part);
        }
        return string.Join(" ", parts);
    }

    private static bool EndsSentence(char c) => c is '.' or '?' or '!' or '…';

    /// <summary>Whether the attribution between two segments ends its sentence (“A,” she said. “B.”).</summary>
    private static bool SentenceEndsBetween(Doc doc, int from, int to)
    {
        for (int k = doc.TokenIndexAtOrAfter(from); k < doc.Tokens.Length && doc.Tokens[k].End <= to; k++)
            if (doc.Tokens[k].Kind == TokenKind.Terminal) return true;
        return false;
    }
}
