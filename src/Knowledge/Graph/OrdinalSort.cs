namespace Knowledge.Graph;

/// <summary>
/// Sorts numbers by the ordinal order of the strings they name, four characters at a time: each round sorts plain
/// 64-bit keys (four UTF-16 code units, high first, so their unsigned order is the ordinal order), and only the runs
/// whose keys tie go on to the next four characters. A comparison sort of ids that share long prefixes ("person:")
/// compared each pair from the start again, reading both strings through a reference per comparison.
/// </summary>
internal static class OrdinalSort
{
    private const int CharsPerKey = 4;

    /// <summary>
    /// Sorts <paramref name="numbers"/> so that the strings <paramref name="stringOf"/> gives them are in ordinal
    /// order; <paramref name="keys"/> is scratch space at least as long as <paramref name="numbers"/>. Numbers of
    /// equal strings are left in no particular order.
    /// </summary>
    public static void Sort(Span<int> numbers, string[] stringOf, Span<ulong> keys) =>
        SortRange(numbers, stringOf, keys[..numbers.Length], 0);

    private static void SortRange(Span<int> numbers, string[] stringOf, Span<ulong> keys, int offset)
    {
        if (numbers.Length < 2) return;
        // A run's strings often share more than four characters further on (a quote's document in "quote:doc-7:120"):
        // those are skipped at once rather than read four at a time, a round each.
        offset += CommonPrefixLength(numbers, stringOf, offset);
        for (int i = 0; i < numbers.Length; i++) keys[i] = KeyAt(stringOf[numbers[i]], offset);
        keys.Sort(numbers);
        for (int start = 0; start < numbers.Length;)
        {
            int end = start + 1;
            while (end < numbers.Length && keys[end] == keys[start]) end++;
            if (end - start > 1)
            {
                var run = numbers[start..end];
                if (AnyLongerThan(run, stringOf, offset + CharsPerKey)) SortRange(run, stringOf, keys[start..end], offset + CharsPerKey);
                // Every string of the run ends within these characters and they tie, zeros past the end included: only
                // strings with a NUL character can differ, which a plain comparison settles.
                else SortByComparison(run, stringOf);
            }
            start = end;
        }
    }

    // How many characters from the offset every string of the run has in common (0 when one ends at the offset).
    private static int CommonPrefixLength(Span<int> numbers, string[] stringOf, int offset)
    {
        string first = stringOf[numbers[0]];
        if (first.Length <= offset) return 0;
        var prefix = first.AsSpan(offset);
        for (int i = 1; i < numbers.Length && !prefix.IsEmpty; i++)
        {
            string text = stringOf[numbers[i]];
            if (text.Length <= offset) return 0;
            prefix = prefix[..prefix.CommonPrefixLength(text.AsSpan(offset))];
        }
        return prefix.Length;
    }

    private static ulong KeyAt(string text, int offset)
    {
        ulong key = 0;
        for (int i = offset; i < offset + CharsPerKey; i++) key = key << 16 | (i < text.Length ? text[i] : 0u);
        return key;
    }

    private static bool AnyLongerThan(Span<int> numbers, string[] stringOf, int length)
    {
        foreach (int n in numbers)
            if (stringOf[n].Length > length) return true;
        return false;
    }

    private static void SortByComparison(Span<int> numbers, string[] stringOf)
    {
        for (int i = 1; i < numbers.Length; i++)
            for (int j = i; j > 0 && string.CompareOrdinal(stringOf[numbers[j - 1]], stringOf[numbers[j]]) > 0; j--)
                (numbers[j - 1], numbers[j]) = (numbers[j], numbers[j - 1]);
    }
}
