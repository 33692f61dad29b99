using System.Globalization;
using System.Text.RegularExpressions;

namespace Knowledge.Ingestion;

/// <summary>
/// Finds the published date in the header of a press release or article written as plain text:
/// the lines before the first long paragraph, plus that paragraph's dateline. Prefers a line that
/// is only a date, then a "Published:" or "Date:" line, then a dateline such as
/// "MANILA (Sept. 7, 2023) –", then the first date anywhere in the header.
/// </summary>
internal static partial class HeaderDateFinder
{
    /// <summary>How many non-empty lines count as the header.</summary>
    public const int HeaderLineCount = 12;

    /// <summary>A line at least this long is a body paragraph, which ends the header.</summary>
    public const int ParagraphLength = 200;

    // Only the start of a line is searched: datelines come first, and a 5 MB line must stay cheap.
    private const int ScanLength = 300;

    // Every pattern is linear on any line; the timeout is a backstop.
    private const int MatchTimeoutMs = 1000;

    private const string Month =
        @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"\b" + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*(?:Published|Date|Dated|Posted|Released)\s*(?:on)?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"^\s*\p{Lu}{2,}", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex UppercaseStart();

    [GeneratedRegex(@"^\s*(?:\)\s*)?[–—-]", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex DashAfter();

    /// <summary>The published date found in the header of <paramref name="text"/>, or null.</summary>
    public static DateOnly? Find(string text)
    {
        var lines = HeaderLines(text);
        DateOnly? labelled = null, dateline = null, first = null;
        foreach (var line in lines)
        {
            if (IsDateOnly(line, out var only)) return only;
            var found = FirstDate(line);
            if (found is not var (date, start, end)) continue;
            first ??= date;
            if (LabelledLine().IsMatch(line)) labelled ??= date;
            else if (IsDateline(line, start, end)) dateline ??= date;
        }
        return labelled ?? dateline ?? first;
    }

    /// <summary>Parses a string that is a date in one of the recognised shapes (and nothing more but punctuation).</summary>
    public static bool TryParseDate(string s, out DateOnly date) => IsDateOnly(s, out date);

    /// <summary>Whether <paramref name="line"/> is just a date (allowing surrounding punctuation and a weekday).</summary>
    internal static bool IsDateOnly(string line, out DateOnly date)
    {
        date = default;
        var trimmed = line.Trim().Trim('*', '_', '(', ')', '[', ']', '.', ',', ' ');
        if (trimmed.Length == 0 || trimmed.Length > 40) return false;
        if (FirstDate(trimmed) is not var (d, start, end)) return false;
        var rest = (trimmed[..start] + trimmed[end..]).Trim(' ', ',', '.', '-', '–', '—');
        if (rest.Length > 0 && !IsWeekday(rest)) return false;
        date = d;
        return true;
    }

    /// <summary>The first date on <paramref name="line"/> (searching its start only), with its character range.</summary>
    internal static (DateOnly Date, int Start, int End)? FirstDate(string line)
    {
        var scan = line.Length > ScanLength ? line[..ScanLength] : line;
        (DateOnly, int, int)? best = null;
        foreach (var regex in new[] { MonthDayYear(), DayMonthYear(), IsoDate() })
        {
            for (var m = regex.Match(scan); m.Success; m = m.NextMatch())
            {
                if (best is var (_, bestStart, _) && bestStart <= m.Index) break;
                if (ToDate(m) is DateOnly d) { best = (d, m.Index, m.Index + m.Length); break; }
            }
        }
        return best;
    }

    private static bool IsDateline(string line, int dateStart, int dateEnd) =>
        dateStart <= 80 && UppercaseStart().IsMatch(line) && DashAfter().IsMatch(line.AsSpan(dateEnd).ToString());

    private static bool IsWeekday(string s) =>
        Enum.GetNames<DayOfWeek>().Any(w => s.Equals(w, StringComparison.OrdinalIgnoreCase) || s.Equals(w[..3], StringComparison.OrdinalIgnoreCase));

    private static DateOnly? ToDate(Match m)
    {
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        int month = m.Groups["m"].Success
            ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture)
            : MonthNumber(m.Groups["mon"].Value);
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    private static int MonthNumber(string name)
    {
        var key = name[..3].ToLowerInvariant();
        return Array.IndexOf(new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" }, key) + 1;
    }

    /// <summary>
    /// The header: the first <see cref="HeaderLineCount"/> non-empty lines, ending after the first
    /// long line (the first body paragraph, whose dateline is part of the header).
    /// </summary>
    internal static List<string> HeaderLines(string text)
    {
        var lines = new List<string>();
        foreach (var (start, end) in TextLines.Ranges(text))
        {
            int length = end - start;
            if (text.AsSpan(start, length).IsWhiteSpace()) continue;
            lines.Add(text.Substring(start, Math.Min(length, ScanLength)));
            if (length >= ParagraphLength || lines.Count >= HeaderLineCount) break;
        }
        return lines;
    }
}
