using System.Buffers;

namespace Knowledge.Text;

/// <summary>
/// Tells a Markdown body that Markdig would read as nothing but paragraphs of literal text: no character that opens
/// inline markup (emphasis, code, links, HTML, entities, escapes, autolinks), no line that could open a block
/// (heading, quote, list, fence, thematic break, setext underline, indented code) and no white space at either end
/// of a line (hard breaks, trimmed indents). Such a body is split at its empty lines with the same text and source
/// offsets as Markdig gives (the specs compare the two), so it is not parsed: Markdig is a third of building a
/// document's text. The test errs towards Markdig: any doubt sends the body there.
/// </summary>
internal static class PlainProse
{
    // Markup anywhere in a line: escapes, code spans, emphasis, links and images, HTML and angle autolinks, e-mail
    // autolinks; control characters (Markdig replaces NUL, ends lines at CR, trims form feeds); a byte order mark.
    private static readonly SearchValues<char> MarkupAnywhere = SearchValues.Create(
        "\\`*_[]<@\uFEFF"
        + "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    /// <summary>True when <paramref name="markdown"/> holds only paragraphs of literal text, split by empty lines (LF).</summary>
    public static bool IsPlain(string markdown)
    {
        var text = markdown.AsSpan();
        if (text.ContainsAny(MarkupAnywhere) || HasEntity(text) || HasAutolink(text)) return false;
        for (int start = 0; start < text.Length;)
        {
            int newline = text[start..].IndexOf('\n');
            var line = newline < 0 ? text[start..] : text.Slice(start, newline);
            start += line.Length + 1;
            if (line.IsEmpty) continue;
            if (!IsPlainLineStart(line[0]) || char.IsWhiteSpace(line[^1])) return false;
        }
        return true;
    }

    // What may open a line of a paragraph: not white space (indents, blank lines of spaces), nor a character that can
    // open a block: ATX heading, block quote, list item (bullet or ordinal), fence, thematic break, setext underline.
    private static bool IsPlainLineStart(char first) =>
        !char.IsWhiteSpace(first) && first is not ('#' or '>' or '-' or '+' or '=' or '~' or (>= '0' and <= '9'));

    // "&" and a run of letters, digits or '#' closed by ';': perhaps an entity ("&amp;", "&#8212;") that Markdig decodes.
    private static bool HasEntity(ReadOnlySpan<char> text)
    {
        for (int at = text.IndexOf('&'); at >= 0;)
        {
            int end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '#')) end++;
            if (end < text.Length && text[end] == ';') return true;
            int next = text[end..].IndexOf('&');
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }

    // What Markdig's autolink extension links in bare text: a scheme's "://", "www.", "mailto:" (its '@' is refused
    // anyway) and "tel:", in any case.
    private static bool HasAutolink(ReadOnlySpan<char> text) =>
        text.Contains("://", StringComparison.Ordinal)
        || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
        || text.Contains("mailto:", StringComparison.OrdinalIgnoreCase)
        || text.Contains("tel:", StringComparison.OrdinalIgnoreCase);
}
