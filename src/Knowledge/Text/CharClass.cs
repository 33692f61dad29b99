namespace Knowledge.Text;

/// <summary>
/// The character tests the tokenizer makes on every character, answered for ASCII from one lookup table and
/// otherwise by the Unicode tests of <see cref="char"/>: the answers are those of <see cref="char.IsLetter(char)"/>
/// and the like for every character, only the common case is cheaper.
/// </summary>
internal static class CharClass
{
    private const byte Letter = 1, Digit = 2, Space = 4, Control = 8, Upper = 16;

    private static readonly byte[] Ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        for (char c = '\0'; c < 128; c++)
            table[c] = (byte)((char.IsLetter(c) ? Letter : 0) | (char.IsDigit(c) ? Digit : 0) | (char.IsWhiteSpace(c) ? Space : 0)
                | (char.IsControl(c) ? Control : 0) | (char.IsUpper(c) ? Upper : 0));
        return table;
    }

    /// <summary>As <see cref="char.IsLetter(char)"/>.</summary>
    public static bool IsLetter(char c) => c < 128 ? (Ascii[c] & Letter) != 0 : char.IsLetter(c);

    /// <summary>As <see cref="char.IsDigit(char)"/>.</summary>
    public static bool IsDigit(char c) => c < 128 ? (Ascii[c] & Digit) != 0 : char.IsDigit(c);

    /// <summary>As <see cref="char.IsLetterOrDigit(char)"/>.</summary>
    public static bool IsLetterOrDigit(char c) => c < 128 ? (Ascii[c] & (Letter | Digit)) != 0 : char.IsLetterOrDigit(c);

    /// <summary>As <see cref="char.IsUpper(char)"/>.</summary>
    public static bool IsUpper(char c) => c < 128 ? (Ascii[c] & Upper) != 0 : char.IsUpper(c);

    /// <summary>As <see cref="char.IsWhiteSpace(char)"/> || <see cref="char.IsControl(char)"/>: what separates tokens.</summary>
    public static bool IsSpaceOrControl(char c) => c < 128 ? (Ascii[c] & (Space | Control)) != 0 : char.IsWhiteSpace(c) || char.IsControl(c);

    /// <summary>
    /// Whether a character of a word is a letter, a digit or a combining mark (<see cref="char.IsLetterOrDigit(char)"/>, or
    /// a non-spacing or spacing combining mark): no ASCII character is a mark.
    /// </summary>
    public static bool IsWordCharacter(char c) => c < 128
        ? (Ascii[c] & (Letter | Digit)) != 0
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
