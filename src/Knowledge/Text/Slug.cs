using System.Text;

namespace Knowledge.Text;

/// <summary>Folds a name to a slug: lower-case ASCII letters and digits joined by hyphens, accents removed.</summary>
internal static class Slug
{
    /// <summary>The slug of a name ("Ana María Cruz" → "ana-maria-cruz"); "_" when nothing is left.</summary>
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool dash = false;
        foreach (char c in LatinFold.Fold(name))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (c is '\'' or '’') continue;
            else dash = true;
        }
        return sb.Length == 0 ? "_" : sb.ToString();
    }

    /// <summary>
    /// Writes the slug of a name (<see cref="Of"/>) into <paramref name="destination"/> without allocating; returns its
    /// length, or -1 when it does not fit.
    /// </summary>
    public static int TryWrite(string name, Span<char> destination)
    {
        int length = 0;
        bool dash = false;
        foreach (char c in name)
        {
            // The characters LatinFold.Fold writes for c, in order: none, one, or a ligature's letters.
            if (c is >= '\u0300' and <= '\u036F') continue;
            if (LatinFold.FoldsToLetters(c, out char folded, out string? letters))
            {
                foreach (char l in letters!)
                    if (!Append(l, destination, ref length, ref dash)) return -1;
            }
            else if (!Append(folded, destination, ref length, ref dash)) return -1;
        }
        if (length > 0) return length;
        if (destination.IsEmpty) return -1;
        destination[0] = '_';
        return 1;
    }

    private static bool Append(char c, Span<char> destination, ref int length, ref bool dash)
    {
        if (char.IsLetterOrDigit(c))
        {
            if (dash && length > 0)
            {
                if (length == destination.Length) return false;
                destination[length++] = '-';
            }
            if (length == destination.Length) return false;
            destination[length++] = char.ToLowerInvariant(c);
            dash = false;
        }
        else if (c is not ('\'' or '’')) dash = true;
        return true;
    }
}
