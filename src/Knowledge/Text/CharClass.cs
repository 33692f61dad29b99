using System.Globalization;
using System.Runtime.CompilerServices;

namespace Knowledge.Text;

/// <summary>
/// The character tests the tokenizer makes on every character, answered for ASCII from one lookup table and
/// otherwise by the Unicode tests of <see cref="char"/>: the answers are those of <see cref="char.IsLetter(char)"/>
/// and the like for every character, only the common case is cheaper.
/// </summary>
internal static class CharClass
{
    private const byte Letter = 1, Digit = 2, Space = 4, Control = 8, Upper = 16;

    // Per ASCII character, its Letter, Digit, Space, Control and Upper bits, as char's tests answer them (the specs check all
    // 65,536 code units). A span over constant data, not an array built by a static constructor: the JIT knows its
    // length, so a test on c < 128 has no bounds check, and no class-initialisation check keeps the tests from being
    // inlined (NativeAOT called each test per character).
    private static ReadOnlySpan<byte> Ascii =>
    [
        8, 8, 8, 8, 8, 8, 8, 8, 8, 12, 12, 12, 12, 12, 8, 8, // U+0000–U+000F
        8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, // U+0010–U+001F
        4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // U+0020–U+002F
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, // U+0030–U+003F
        0, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, // U+0040–U+004F
        17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 0, 0, 0, 0, 0, // U+0050–U+005F
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // U+0060–U+006F
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 8, // U+0070–U+007F
    ];

    // Each test is inlined into the tokenizer's loops with its ASCII answer, the Unicode fallback kept in a method of its
    // own: NativeAOT called the whole test, fallback and all, for every character.

    /// <summary>An ASCII letter (a–z, A–Z).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => c < 128 && (Ascii[c] & Letter) != 0;

    /// <summary>An ASCII letter or digit (a–z, A–Z, 0–9): one table test, where <see cref="char.IsAsciiLetterOrDigit(char)"/> makes two range tests.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetterOrDigit(char c) => c < 128 && (Ascii[c] & (Letter | Digit)) != 0;

    /// <summary>As <see cref="char.IsLetter(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (Ascii[c] & Letter) != 0 : char.IsLetter(c);

    /// <summary>As <see cref="char.IsDigit(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => c < 128 ? (Ascii[c] & Digit) != 0 : char.IsDigit(c);

    /// <summary>As <see cref="char.IsLetterOrDigit(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrDigit(char c) => c < 128 ? (Ascii[c] & (Letter | Digit)) != 0 : char.IsLetterOrDigit(c);

    /// <summary>As <see cref="char.IsUpper(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 128 ? (Ascii[c] & Upper) != 0 : char.IsUpper(c);

    /// <summary>As <see cref="char.IsWhiteSpace(char)"/> || <see cref="char.IsControl(char)"/>: what separates tokens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpaceOrControl(char c) => c < 128 ? (Ascii[c] & (Space | Control)) != 0 : IsNonAsciiSpaceOrControl(c);

    /// <summary>
    /// Whether a character of a word is a letter, a digit or a combining mark (<see cref="char.IsLetterOrDigit(char)"/>, or
    /// a non-spacing or spacing combining mark): no ASCII character is a mark.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordCharacter(char c) => c < 128 ? (Ascii[c] & (Letter | Digit)) != 0 : IsNonAsciiWordCharacter(c);

    /// <summary>
    /// The end of the run of ASCII letters and digits of <paramref name="text"/> from <paramref name="start"/> (at most
    /// <paramref name="end"/>): the bulk of a word, scanned in a loop of its own, whose few variables stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int AsciiLetterOrDigitRunEnd(string text, int start, int end)
    {
        var span = text.AsSpan(0, end);
        int j = start;
        while ((uint)j < (uint)span.Length && span[j] < 128 && (Ascii[span[j]] & (Letter | Digit)) != 0) j++;
        return j;
    }

    private static bool IsNonAsciiSpaceOrControl(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static bool IsNonAsciiWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
