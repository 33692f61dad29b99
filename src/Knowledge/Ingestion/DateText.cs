using System.Globalization;
using System.Text.RegularExpressions;

namespace Knowledge.Ingestion;

/// <summary>Parses the date fields of records and front matter: ISO dates and date-times (keeping the date part), or a written date.</summary>
internal static partial class DateText
{
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ][0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Iso();

    /// <summary>Parses <paramref name="s"/> as a date, or returns false.</summary>
    public static bool TryParse(string? s, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim().Trim('"', '\'');
        var m = Iso().Match(s);
        if (m.Success)
        {
            int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            int mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
            date = new DateOnly(y, mo, d);
            return true;
        }
        return HeaderDateFinder.TryParseDate(s, out date);
    }
}
