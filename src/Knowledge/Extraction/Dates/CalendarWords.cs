using System.Collections.Immutable;
using System.Globalization;
using Knowledge.Lexicons;

namespace Knowledge.Extraction.Dates;

/// <summary>
/// Calendar words and arithmetic: month numbers (the month words of the months lexicon, numbered by
/// the invariant culture's month names they abbreviate), weekdays (the invariant culture's day names),
/// counts, days and years written in digits, and the arithmetic that resolves a date without a year
/// against the published date.
/// </summary>
internal static class CalendarWords
{
    private static readonly ImmutableArray<string> MonthNames = [.. DateTimeFormatInfo.InvariantInfo.MonthNames];
    private static readonly ImmutableArray<string> DayNames = [.. DateTimeFormatInfo.InvariantInfo.DayNames];

    /// <summary>How far after publication a date without a year may fall before it is read as last year's.</summary>
    public const int FutureToleranceDays = 45;

    /// <summary>The month number (1–12) of a capitalised month word of the lexicon ("Nov." too), or 0.</summary>
    public static int Month(LexiconSet lex, ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || !lex.English.Months.Contains(word)) return 0;
        for (int i = 0; i < MonthNames.Length; i++)
            if (MonthNames[i].Length >= 3 && MonthNames[i].AsSpan(0, 3).Equals(word[..3], StringComparison.OrdinalIgnoreCase)) return i + 1;
        return 0;
    }

    /// <summary>Whether a month word is a full name that can stand alone ("in May"), not an abbreviation ("Jan", "Jun" are also given names).</summary>
    public static bool IsFullMonthName(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word[^1] == '.') return false;
        foreach (var name in MonthNames)
            if (word.SequenceEqual(name)) return true;
        return false;
    }

    /// <summary>The weekday of a capitalised weekday name, or null.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        // A loop, not ImmutableArray.IndexOf with a comparer: that overload boxes the array on every call.
        for (int i = 0; i < DayNames.Length; i++)
            if (word.SequenceEqual(DayNames[i])) return (DayOfWeek)i;
        return null;
    }

    /// <summary>A count written in digits or as a small number word ("a", "two", "3"), or -1.</summary>
    public static int Count(DateWords words, ReadOnlySpan<char> word) => Count(words, words.RolesOf(word), word);

    /// <summary><see cref="Count(DateWords, ReadOnlySpan{char})"/> of a word whose date roles were looked up already.</summary>
    public static int Count(DateWords words, DateWordRoles roles, ReadOnlySpan<char> word)
    {
        if (roles.Is(DateWordRole.CountOne)) return 1;
        int i = words.Number(word);
        if (i >= 0) return i;
        return word.Length <= 2 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1;
    }

    /// <summary>A day of the month written "2", "02" or "2nd", or 0.</summary>
    public static int Day(DateWords words, ReadOnlySpan<char> word)
    {
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
        if (digits is 0 or > 2) return 0;
        var rest = word[digits..];
        if (rest.Length > 0 && !words.IsOrdinalSuffix(rest)) return 0;
        int d = int.Parse(word[..digits], CultureInfo.InvariantCulture);
        return d is >= 1 and <= 31 ? d : 0;
    }

    /// <summary>A four-digit year from 1900 to 2099, or 0.</summary>
    public static int Year(ReadOnlySpan<char> word)
    {
        if (word.Length != 4) return 0;
        int y = 0;
        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c)) return 0;
            y = y * 10 + (c - '0');
        }
        return y is >= 1900 and <= 2099 ? y : 0;
    }

    /// <summary>A valid calendar date, or null.</summary>
    public static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>A day and month without a year: the published year, or the year before when that would fall well after publication.</summary>
    public static DateOnly? WithoutYear(int month, int day, DateOnly published)
    {
        var d = Make(published.Year, month, day);
        if (d is null) return Make(published.Year - 1, month, day);
        return d.Value > published.AddDays(FutureToleranceDays) ? Make(published.Year - 1, month, day) : d;
    }

    /// <summary>The most recent given weekday on or before the published date.</summary>
    public static DateOnly LastWeekday(DayOfWeek day, DateOnly published) =>
        published.AddDays(-(((int)published.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The first given weekday after the published date.</summary>
    public static DateOnly NextWeekday(DayOfWeek day, DateOnly published) =>
        published.AddDays(((int)day - (int)published.DayOfWeek + 6) % 7 + 1);
}
