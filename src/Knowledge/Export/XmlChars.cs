using System.Text;

namespace Knowledge.Export;

/// <summary>Drops characters that XML 1.0 cannot carry, and lone surrogates, from strings.</summary>
internal static class XmlChars
{
    /// <summary>
    /// Removes control characters other than tab, line feed and carriage return, lone surrogates
    /// and U+FFFE/U+FFFF. Returns the same instance when nothing had to go.
    /// </summary>
    public static string Clean(string s) => Filter(s, xml: true);

    /// <summary>Removes lone surrogates only (JSON can escape every other character).</summary>
    public static string DropLoneSurrogates(string s) => Filter(s, xml: false);

    private static string Filter(string s, bool xml)
    {
        int i = 0;
        while (i < s.Length)
        {
            int len = Keep(s, i, xml);
            if (len == 0) break;
            i += len;
        }
        if (i == s.Length) return s;

        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        while (i < s.Length)
        {
            int len = Keep(s, i, xml);
            if (len == 0) { i++; continue; }
            sb.Append(s, i, len);
            i += len;
        }
        return sb.ToString();
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
}
