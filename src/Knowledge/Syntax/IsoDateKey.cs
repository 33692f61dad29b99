namespace Knowledge.Syntax;

/// <summary>
/// A date's ISO form at its precision (<see cref="DateMention.Iso"/>: yyyy, yyyy-MM or yyyy-MM-dd) as numbers, the parts
/// its precision leaves out held as 0: equal keys are equal ISO forms, keys order as the ISO forms do (ordinal), and
/// comparing needs no string per question (the merger compares dates for every pair of mentions).
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, or 0 for a year.</param>
/// <param name="Day">The day, or 0 for a year or a month.</param>
internal readonly record struct IsoDateKey(int Year, int Month, int Day) : IComparable<IsoDateKey>
{
    /// <summary>The key of a date's ISO form.</summary>
    public static IsoDateKey Of(DateMention date) => date.Precision switch
    {
        DatePrecision.Year => new IsoDateKey(date.Value.Year, 0, 0),
        DatePrecision.Month => new IsoDateKey(date.Value.Year, date.Value.Month, 0),
        _ => new IsoDateKey(date.Value.Year, date.Value.Month, date.Value.Day),
    };

    /// <summary>Whether two dates have the same ISO form.</summary>
    public static bool Same(DateMention a, DateMention b) => Of(a) == Of(b);

    /// <summary>Whether one date's ISO form starts the other's ("2017" and "2017-11-10"): one date is the other or a refinement of it.</summary>
    public static bool Nested(DateMention a, DateMention b)
    {
        var (x, y) = (Of(a), Of(b));
        return x.Year == y.Year && (x.Month == 0 || y.Month == 0 || (x.Month == y.Month && (x.Day == 0 || y.Day == 0 || x.Day == y.Day)));
    }

    /// <inheritdoc />
    public int CompareTo(IsoDateKey other)
    {
        int c = Year.CompareTo(other.Year);
        if (c == 0) c = Month.CompareTo(other.Month);
        return c != 0 ? c : Day.CompareTo(other.Day);
    }
}
