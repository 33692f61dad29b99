using System.Collections.Immutable;
using System.Globalization;

namespace Knowledge.Lexicons;

/// <summary>
/// The English weekday names as written capitalised ("Monday"), from the invariant culture: the word test behind
/// <see cref="TokenLexicons.Weekday"/>. It reads the same names as the date rules' <c>CalendarWords.Weekday</c>, so
/// the lexicon layer needs nothing from the extraction folders.
/// </summary>
internal static class WeekdayNames
{
    private static readonly ImmutableArray<string> Names = [.. DateTimeFormatInfo.InvariantInfo.DayNames];

    /// <summary>The weekday a word names, exactly as written (ordinal), or null.</summary>
    public static DayOfWeek? Of(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < Names.Length; i++)
            if (word.SequenceEqual(Names[i])) return (DayOfWeek)i;
        return null;
    }
}
