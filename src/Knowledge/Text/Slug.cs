namespace Knowledge.Text;

/// <summary>Folds a name to a slug: lower-case ASCII letters and digits joined by hyphens, accents removed.</summary>
internal static class Slug
{
    // Names longer than this are folded into an array rather than on the stack.
    private const int StackLimit = 256;

    /// <summary>The slug of a name ("Ana María Cruz" → "ana-maria-cruz"); "_" when nothing is left.</summary>
    public static string Of(string name) => Of(name.AsSpan());

    /// <summary>The slug of a name given as characters: as <see cref="Of(string)"/>, without a string for the name.</summary>
    public static string Of(ReadOnlySpan<char> name) => Concat([], name, [], []);

    /// <summary>
    /// <paramref name="prefix"/>, the slug of <paramref name="name"/>, <paramref name="separator"/> and
    /// <paramref name="suffix"/> as one string ("person:" and "Ana Reyes" → "person:ana-reyes"): an id or key made
    /// without a string for the slug alone.
    /// </summary>
    public static string Concat(ReadOnlySpan<char> prefix, ReadOnlySpan<char> name, ReadOnlySpan<char> separator, ReadOnlySpan<char> suffix)
    {
        // Each character folds to at most two, and a hyphen is only written for a character that is not kept:
        // the slug is never longer than twice the name.
        int capacity = 2 * name.Length;
        Span<char> slug = capacity <= StackLimit ? stackalloc char[StackLimit] : new char[capacity];
        int length = TryWrite(name, slug);
        return string.Concat(prefix, slug[..length], separator, suffix);
    }

    /// <summary>
    /// Writes the slug of a name (<see cref="Of(string)"/>) into <paramref name="destination"/> without allocating;
    /// returns its length, or -1 when it does not fit (twice the name's length, or one for an empty name, always does).
    /// </summary>
    public static int TryWrite(ReadOnlySpan<char> name, Span<char> destination)
    {
        int length = WriteWords(name, destination);
        if (length != 0) return length;
        if (destination.IsEmpty) return -1;
        destination[0] = '_';
        return 1;
    }

    // Writes the slug's words: returns their length, 0 when nothing is left, -1 when they do not fit.
    private static int WriteWords(ReadOnlySpan<char> name, Span<char> destination)
    {
        Span<char> folded = stackalloc char[2];
        int length = 0;
        bool dash = false;
        foreach (char original in name)
        {
            // An ASCII character folds to itself: a letter or digit is kept, lower-cased (OR 0x20 lowers A–Z and leaves
            // a–z and 0–9 as they are), anything else but an apostrophe starts a new word. What the general path below
            // answers for it, without its fold and Unicode tests.
            if (char.IsAscii(original))
            {
                if (char.IsAsciiLetterOrDigit(original))
                {
                    bool hyphen = dash && length > 0;
                    if (length + (hyphen ? 2 : 1) > destination.Length) return -1;
                    if (hyphen) destination[length++] = '-';
                    destination[length++] = (char)(original | 0x20);
                    dash = false;
                }
                else if (original != '\'') dash = true;
                continue;
            }
            int count = LatinFold.Fold(original, folded);
            for (int k = 0; k < count; k++)
            {
                char c = folded[k];
                if (char.IsLetterOrDigit(c))
                {
                    bool hyphen = dash && length > 0;
                    if (length + (hyphen ? 2 : 1) > destination.Length) return -1;
                    if (hyphen) destination[length++] = '-';
                    destination[length++] = char.ToLowerInvariant(c);
                    dash = false;
                }
                else if (c is not ('\'' or '’')) dash = true;
            }
        }
        return length;
    }
}
