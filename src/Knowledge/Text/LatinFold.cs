using System.Collections.Frozen;
using System.Text;

namespace Knowledge.Text;

/// <summary>
/// Removes accents from Latin letters ("Tomás" → "Tomas", "Łódź" → "Lodz") with a fixed table, so it
/// works the same under invariant globalization, where <see cref="string.Normalize()"/> does not decompose.
/// Covers Latin-1 Supplement and Latin Extended-A; ligatures become two letters (ß → ss, Æ → AE).
/// Other characters pass through unchanged.
/// </summary>
internal static class LatinFold
{
    // U+00C0..U+017F, one base letter each; '\0' marks the ligatures handled in Expand.
    private const string Table =
        "AAAAAA\0CEEEEIIIIDNOOOOO×OUUUUY\0\0aaaaaa\0ceeeeiiiidnooooo÷ouuuuy\0y" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKkkLlLlLlLlLlNnNnNn\0NnOoOoOo\0\0RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    // The ligatures and letters that fold to two ASCII letters (or one, for ŉ), as "letter=fold" pairs.
    private static readonly FrozenDictionary<char, string> Ligatures = "Æ=AE;æ=ae;Þ=TH;þ=th;ß=ss;Ĳ=IJ;ĳ=ij;ŉ=n;Œ=OE;œ=oe"
        .Split(';').ToFrozenDictionary(p => p[0], p => p[2..]);

    /// <summary>The text with accents removed from its Latin letters.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = 0;
        while (i < text.Length && !NeedsFolding(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length + 4).Append(text, 0, i);
        for (; i < text.Length; i++) Append(sb, text[i]);
        return sb.ToString();
    }

    /// <summary>Appends a character with its accent removed.</summary>
    public static void Append(StringBuilder sb, char c)
    {
        if (c is >= '\u0300' and <= '\u036F') return; // a combining accent written separately
        if (c < '\u00C0' || c > '\u017F') { sb.Append(c); return; }
        char b = Table[c - '\u00C0'];
        if (b != '\0') { sb.Append(b); return; }
        sb.Append(Ligatures.TryGetValue(c, out var letters) ? letters : c.ToString());
    }

    /// <summary>
    /// What <see cref="Append"/> writes for a character that is not a separate combining accent: one character
    /// (<paramref name="folded"/>; false) or several (<paramref name="letters"/>; true).
    /// </summary>
    public static bool FoldsToLetters(char c, out char folded, out string? letters)
    {
        letters = null;
        folded = c;
        if (c < '\u00C0' || c > '\u017F') return false;
        char b = Table[c - '\u00C0'];
        if (b != '\0') { folded = b; return false; }
        if (!Ligatures.TryGetValue(c, out letters)) return false;
        return true;
    }

    private static bool NeedsFolding(char c) => c is >= '\u00C0' and <= '\u017F' or >= '\u0300' and <= '\u036F';
}
