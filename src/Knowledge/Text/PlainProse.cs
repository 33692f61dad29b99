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
    // autolinks; control characters (Markdig replaces NUL, ends lines at CR, trims form feeds). Only the ASCII ones:
    // a set with non-ASCII members takes .NET's slow probabilistic search after the first non-ASCII character of the
    // text, so the C1 controls (U+0080–U+009F) and the byte order mark are searched for apart.
    private static readonly SearchValues<char> AsciiMarkupAnywhere = SearchValues.Create(
        "\\`*_[]<@"
        + "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F");

    private static bool HasMarkupAnywhere(ReadOnlySpan<char> text) =>
        text.ContainsAny(AsciiMarkupAnywhere) || text.ContainsAny(DocumentTextAssembler.DeleteAndC1Controls) || text.Contains('\uFEFF');

    /// <summary>True when <paramref name="markdown"/> holds only paragraphs of literal text, split by empty lines (LF).</summary>
    public static bool IsPlain(string markdown)
    {
        var text = markdown.AsSpan();
        if (HasMarkupAnywhere(text) || HasEntity(text) || MayHoldAutolink(text)) return false;
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

    /// <summary>
    /// Whether the text holds what Markdig's autolink extension links in bare text: a scheme's "://", "www.", "mailto:"
    /// and "tel:", in any case (the extension matches them in lower case only, after an opening 'h', 'f', 'm', 'w' or 't').
    /// </summary>
    internal static bool MayHoldAutolink(ReadOnlySpan<char> text) => AutolinkPrefixesIn(text) != AutolinkPrefixes.None;

    /// <summary>
    /// Whether the text holds "www." in any case. On .NET 9 and later, one vectorised search:
    /// <c>Contains(…, OrdinalIgnoreCase)</c> compares char by char under invariant globalization, as the NativeAOT tool
    /// runs, where it was 1.3 % of the tool's samples.
    /// </summary>
    private static bool HoldsWwwDot(ReadOnlySpan<char> text) =>
#if NET9_0_OR_GREATER
        text.IndexOfAny(WwwDot) >= 0;

    private static readonly SearchValues<string> WwwDot = SearchValues.Create(["www."], StringComparison.OrdinalIgnoreCase);
#else
        text.Contains("www.", StringComparison.OrdinalIgnoreCase);
#endif


    /// <summary>Which of the autolink extension's prefixes the text holds, in any case.</summary>
    internal static AutolinkPrefixes AutolinkPrefixesIn(ReadOnlySpan<char> text)
    {
        var found = HoldsWwwDot(text) ? AutolinkPrefixes.Www : AutolinkPrefixes.None;
        // The other three hold a colon, and colons are rare in prose: one search for colons, each looked at in place,
        // instead of a search of the whole body for each.
        for (int at = text.IndexOf(':'); at >= 0;)
        {
            if (text[(at + 1)..].StartsWith("//", StringComparison.Ordinal)) found |= AutolinkPrefixes.Scheme;
            if (text[..at].EndsWith("mailto", StringComparison.OrdinalIgnoreCase)) found |= AutolinkPrefixes.Mailto;
            if (text[..at].EndsWith("tel", StringComparison.OrdinalIgnoreCase)) found |= AutolinkPrefixes.Tel;
            int next = text[(at + 1)..].IndexOf(':');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return found;
    }
}
