namespace Knowledge.Text;

/// <summary>
/// Scans over the characters of a text that the tokenizer needs: symbols with what belongs to them
/// (emoji sequences, flags), possessive apostrophes, and runs of digits. Each is bounded and allocation-free.
/// </summary>
internal static class CharacterScans
{
    /// <summary>
    /// The length of a symbol with what belongs to it: an emoji with its variation selector, skin-tone
    /// modifier, keycap and zero-width-joiner sequence, so that no surrogate pair or emoji is split.
    /// </summary>
    public static int SymbolCluster(string t, int i, int end)
    {
        int j = i + (char.IsHighSurrogate(t[i]) && i + 1 < end && char.IsLowSurrogate(t[i + 1]) ? 2 : 1);
        // A flag: two regional indicators U+1F1E6..U+1F1FF.
        if (j == i + 2 && IsRegionalIndicator(t, i, end) && IsRegionalIndicator(t, j, end)) j += 2;
        while (j < end)
        {
            char c = t[j];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3') { j++; continue; }
            // Skin-tone modifiers U+1F3FB..U+1F3FF and tag characters U+E0020..U+E007F (flags of regions).
            if (c == '\uD83C' && j + 1 < end && t[j + 1] is >= '\uDFFB' and <= '\uDFFF') { j += 2; continue; }
            if (c == '\uDB40' && j + 1 < end && t[j + 1] is >= '\uDC20' and <= '\uDC7F') { j += 2; continue; }
            if (c == '\u200D' && j + 1 < end && !char.IsWhiteSpace(t[j + 1]))
            {
                j += j + 2 < end && char.IsHighSurrogate(t[j + 1]) && char.IsLowSurrogate(t[j + 2]) ? 3 : 2;
                continue;
            }
            break;
        }
        return j - i;
    }

    public static bool IsRegionalIndicator(string t, int i, int end) =>
        i + 1 < end && t[i] == '\uD83C' && t[i + 1] is >= '\uDDE6' and <= '\uDDFF';

    public static bool IsPossessiveAt(string t, int i, int end, out int length)
    {
        length = 0;
        if (i == 0 || !char.IsLetterOrDigit(t[i - 1])) return false;
        if (i + 1 < end && t[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(t[i + 2])))
        {
            length = 2;
            return true;
        }
        return false;
    }

    /// <summary>A plural possessive apostrophe: "the students' rights" (after an s that ends a word, before a word).</summary>
    public static bool IsPluralPossessiveAt(string t, int i, int end) =>
        i >= 2 && t[i - 1] is 's' or 'S' && char.IsLetter(t[i - 2])
        && i + 2 < end && t[i + 1] == ' ' && char.IsLetterOrDigit(t[i + 2]);

    public static bool IsDigits(string t, int from, int count, int end)
    {
        if (from + count > end) return false;
        for (int k = from; k < from + count; k++) if (!char.IsDigit(t[k])) return false;
        return true;
    }

    public static int CountDigits(string t, int from, int end)
    {
        int k = from;
        while (k < end && char.IsDigit(t[k])) k++;
        return k - from;
    }

    public static bool NextNonSpaceIsDigit(string t, int from, int end)
    {
        while (from < end && t[from] == ' ') from++;
        return from < end && char.IsDigit(t[from]);
    }
}
