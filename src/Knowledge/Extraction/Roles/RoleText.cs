namespace Knowledge.Extraction.Roles;

/// <summary>Character tests on a token's text as a span, as the role rules made them on strings.</summary>
internal static class RoleText
{
    /// <summary>Whether every character is a lower-case letter (true for no characters).</summary>
    public static bool AllLower(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
            if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>Whether every character is a lower-case letter or a hyphen (true for no characters).</summary>
    public static bool AllLowerOrHyphen(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
            if (!char.IsLower(c) && c != '-') return false;
        return true;
    }

    /// <summary>Whether every character is an upper-case letter (true for no characters).</summary>
    public static bool AllUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
            if (!char.IsUpper(c)) return false;
        return true;
    }
}
