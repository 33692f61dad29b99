namespace Knowledge.Extraction.Quotes;

/// <summary>The letter case of a word, for rules that read a word only in one of its shapes.</summary>
internal static class WordShape
{
    /// <summary>Whether the word is capitalised and otherwise lower case: "The", not "the" or "THE".</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        foreach (char c in word[1..])
            if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>Whether every letter of the word is upper case: "ABOUT".</summary>
    public static bool IsUpperCase(ReadOnlySpan<char> word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letter = true;
        }
        return letter;
    }
}
