using System.Globalization;

namespace Knowledge.Query;

/// <summary>
/// A date known to a year, a month or a day ("2016", "2023-01", "2022-11-02"), as the graph writes
/// quote and event dates. It stands for the interval from <see cref="First"/> to <see cref="Last"/>.
/// </summary>
/// <param name="Iso">The ISO form at its precision.</param>
/// <param name="First">The first day it may mean.</param>
/// <param name="Last">The last day it may mean.</param>
public readonly record struct PartialDate(string Iso, DateOnly First, DateOnly Last) : IComparable<PartialDate>
{
    /// <summary>Parses "yyyy", "yyyy-MM" or "yyyy-MM-dd"; false for anything else.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s)) return false;
        var inv = CultureInfo.InvariantCulture;
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, inv, out int y) && y is >= 1 and <= 9999)
        {
            date = new PartialDate(s, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            return true;
        }
        if (s.Length == 7 && DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m))
        {
            date = new PartialDate(s, m, m.AddMonths(1).AddDays(-1));
            return true;
        }
        if (s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d))
        {
            date = new PartialDate(s, d, d);
            return true;
        }
        return false;
    }

    /// <summary>Reads a property value: a <see cref="DateOnly"/>, a <see cref="DateTime"/> or an ISO string.</summary>
    public static PartialDate? From(object? value) => value switch
    {
        DateOnly d => new PartialDate(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d, d),
        DateTime t => From(DateOnly.FromDateTime(t)),
        string s when TryParse(s.Length > 10 ? s[..10] : s, out var p) => p,
        _ => null,
    };

    /// <summary>Whether the two intervals share a day.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => Last >= from && First <= to;

    /// <summary>Orders by first day, then the less precise first ("2023" before "2023-01-01").</summary>
    public int CompareTo(PartialDate other)
    {
        int c = First.CompareTo(other.First);
        return c != 0 ? c : other.Last.CompareTo(Last);
    }

    /// <inheritdoc />
    public override string ToString() => Iso;
}
