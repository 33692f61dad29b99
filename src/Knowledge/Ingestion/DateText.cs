using System.Globalization;
using System.Text.RegularExpressions;

namespace Knowledge.Ingestion;

/// <summary>Parses the date fields of records and front matter: ISO dates and date-times (keeping the date part), or a written date.</summary>
internal static partial class DateText
{
    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}(?:[T ][0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Iso();

    /// <summary>Parses <paramref name="s"/> as a date, or returns false.</summary>
    public static bool TryParse(string? s, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim().Trim('"', '\'');
        if (Iso().IsMatch(s))
        {
            // The match's parts read in place (a Match and its groups cost 800 bytes a record): four digits, '-',
            // the month up to the next '-', and the day's one or two digits after it.
            int monthEnd = s.IndexOf('-', 5);
            int dayEnd = monthEnd + 2 < s.Length && char.IsDigit(s[monthEnd + 2]) ? monthEnd + 3 : monthEnd + 2;
            int y = int.Parse(s.AsSpan(0, 4), NumberStyles.Integer, CultureInfo.InvariantCulture);
            int mo = int.Parse(s.AsSpan(5, monthEnd - 5), NumberStyles.Integer, CultureInfo.InvariantCulture);
            int d = int.Parse(s.AsSpan(monthEnd + 1, dayEnd - monthEnd - 1), NumberStyles.Integer, CultureInfo.InvariantCulture);
            if (y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
            date = new DateOnly(y, mo, d);
            return true;
        }
        return HeaderDateFinder.TryParseDate(s, out date);
    }
}
