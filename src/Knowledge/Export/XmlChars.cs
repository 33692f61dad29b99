using System.Buffers;
using System.Text;

namespace Knowledge.Export;

/// <summary>Drops characters that XML 1.0 cannot carry, and lone surrogates, from strings.</summary>
/// <remarks>
/// The common case, a string with nothing to drop, is one vectorised <see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, SearchValues{T})"/>
/// scan that returns the same instance; only strings holding a suspect character (a control character, a
/// surrogate, U+FFFE or U+FFFF) are looked at character by character from there, and only those with
/// something to drop are copied.
/// </remarks>
internal static class XmlChars
{
    /// <summary>Every char that may have to go from XML text: C0 controls but tab, LF and CR; surrogates (kept when paired); U+FFFE, U+FFFF.</summary>
    private static readonly SearchValues<char> XmlSuspects = SearchValues.Create(XmlSuspectChars());

    /// <summary>
    /// U+D800 to U+DFFF. Not <c>IndexOfAnyInRange</c>: its generic code boxes both bounds on every call until the
    /// JIT has re-compiled it at tier 1, which on one processor was 76 MB of boxed chars while knowledge.json was written.
    /// </summary>
    private static readonly SearchValues<char> Surrogates = SearchValues.Create(SurrogateChars());

    /// <summary>
    /// Removes control characters other than tab, line feed and carriage return, lone surrogates
    /// and U+FFFE/U+FFFF. Returns the same instance when nothing had to go.
    /// </summary>
    public static string Clean(string s) => Filter(s, xml: true);

    /// <summary>Removes lone surrogates only (JSON can escape every other character).</summary>
    public static string DropLoneSurrogates(string s) => Filter(s, xml: false);

    private static string Filter(string s, bool xml)
    {
        int i = FirstDropped(s, 0, xml);
        if (i == s.Length) return s;

        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        while (i < s.Length)
        {
            int len = Keep(s, i, xml);
            if (len == 0) { i++; continue; }
            int next = FirstDropped(s, i, xml);
            sb.Append(s, i, next - i);
            i = next;
        }
        return sb.ToString();
    }

    /// <summary>The index of the first char at or after <paramref name="from"/> that has to go, or the length when none.</summary>
    private static int FirstDropped(string s, int from, bool xml)
    {
        int i = from;
        while (true)
        {
            var rest = s.AsSpan(i);
            int at = xml ? rest.IndexOfAny(XmlSuspects) : rest.IndexOfAny(Surrogates);
            if (at < 0) return s.Length;
            i += at;
            int len = Keep(s, i, xml);
            if (len == 0) return i;
            i += len;
        }
    }

    /// <summary>How many chars at <paramref name="i"/> form one acceptable character (0 = drop one char).</summary>
    private static int Keep(string s, int i, bool xml)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c))
            return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 0;
        if (char.IsLowSurrogate(c)) return 0;
        if (!xml) return 1;
        if (c < 0x20) return c is '\t' or '\n' or '\r' ? 1 : 0;
        return c is '\uFFFE' or '\uFFFF' ? 0 : 1;
    }

    private static string SurrogateChars()
    {
        var sb = new StringBuilder(0xE000 - 0xD800);
        for (int c = 0xD800; c <= 0xDFFF; c++) sb.Append((char)c);
        return sb.ToString();
    }

    private static string XmlSuspectChars()
    {
        var sb = new StringBuilder();
        for (char c = '\0'; c < ' '; c++)
            if (c is not ('\t' or '\n' or '\r')) sb.Append(c);
        for (int c = 0xD800; c <= 0xDFFF; c++) sb.Append((char)c);
        return sb.Append('\uFFFE').Append('\uFFFF').ToString();
    }
}
