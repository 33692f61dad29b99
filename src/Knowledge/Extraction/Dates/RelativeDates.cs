using Knowledge.Syntax;

namespace Knowledge.Extraction.Dates;

/// <summary>
/// Relative time expressions of one document, resolved against its published date: "today",
/// "yesterday", "tomorrow", "this morning", a weekday ("on Wednesday": the most recent one on or
/// before publication; "next Monday": the first after), "this/last/next year", "this/last/next month",
/// "earlier/later this month", "last/next week" (its month, or its year when it straddles two
/// months; "this week" is left to the components, which read it as publication's day), and "N
/// days/months/years ago".
/// Without a published date nothing is relative.
/// </summary>
internal sealed class RelativeDates
{
    private readonly Doc _doc;
    private readonly DateOnly? _published;

    public RelativeDates(Doc doc)
    {
        _doc = doc;
        _published = doc.Source.Published;
    }

    /// <summary>The relative expression starting at token <paramref name="i"/>, and the token index after it.</summary>
    public (DateMention? Mention, int Next) At(int i)
    {
        if (_published is not { } p) return (null, i);
        var t = _doc.Tokens[i];
        var w = Word(i);
        switch (w.ToLowerInvariant())
        {
            case "today" or "tonight": return (Make(i, i, p, DatePrecision.Day), i + 1);
            case "yesterday": return (Make(i, i, p.AddDays(-1), DatePrecision.Day), i + 1);
            case "tomorrow": return (Make(i, i, p.AddDays(1), DatePrecision.Day), i + 1);
            // "this year", but not the span "the last year" / "the next month".
            case "this" or "last" or "next" or "earlier" or "later" when !(i > 0 && Word(i - 1).ToLowerInvariant() is "the" or "past" or "over"):
                return Deictic(i, p);
        }
        // A bare weekday, but not inside a name ("Good Friday", "Cyber Monday").
        if (CalendarWords.Weekday(w) is { } day && !InsideName(i))
            return (Make(i, i, CalendarWords.LastWeekday(day, p), DatePrecision.Day), i + 1);
        // "two years ago", "a month ago".
        if (CalendarWords.Count(w) is var n and > 0 && Word(i + 2).Equals("ago", StringComparison.OrdinalIgnoreCase) && t.Kind != TokenKind.Date)
        {
            var unit = Word(i + 1).ToLowerInvariant();
            DateMention? m = unit switch
            {
                "year" or "years" => Make(i, i + 2, new DateOnly(p.Year - n, 1, 1), DatePrecision.Year),
                "month" or "months" => Make(i, i + 2, FirstOfMonth(p).AddMonths(-n), DatePrecision.Month),
                "day" or "days" => Make(i, i + 2, p.AddDays(-n), DatePrecision.Day),
                _ => null,
            };
            return (m, m is null ? i : i + 3);
        }
        return (null, i);
    }

    /// <summary>"this year", "last month", "next Monday", "earlier this month", "this morning".</summary>
    private (DateMention?, int) Deictic(int i, DateOnly p)
    {
        int j = i;
        var first = Word(j).ToLowerInvariant();
        if (first is "earlier" or "later")
        {
            if (!Word(j + 1).Equals("this", StringComparison.OrdinalIgnoreCase)) return (null, i);
            j++;
            first = "this";
        }
        var unit = Word(j + 1);
        int offset = first switch { "last" => -1, "next" => 1, _ => 0 };
        switch (unit.ToLowerInvariant())
        {
            case "year": return (Make(i, j + 1, new DateOnly(p.Year + offset, 1, 1), DatePrecision.Year), j + 2);
            case "month": return (Make(i, j + 1, FirstOfMonth(p).AddMonths(offset), DatePrecision.Month), j + 2);
            case "morning" or "afternoon" or "evening" when offset == 0: return (Make(i, j + 1, p, DatePrecision.Day), j + 2);
            case "week" when offset != 0 && i == j: return (Week(i, j + 1, p, offset), j + 2);
        }
        if (CalendarWords.Weekday(unit) is { } day && i == j)
        {
            var d = first == "next" ? CalendarWords.NextWeekday(day, p) : CalendarWords.LastWeekday(day, p);
            return (Make(i, j + 1, d, DatePrecision.Day), j + 2);
        }
        return (null, i);
    }

    /// <summary>
    /// "last week", "next week": the Monday-to-Sunday week before or after publication's, at the finest
    /// precision that holds the whole week: its month when it lies in one, else its year.
    /// </summary>
    private DateMention Week(int first, int last, DateOnly p, int offset)
    {
        var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7) + 7 * offset);
        var sunday = monday.AddDays(6);
        if (monday.Month == sunday.Month) return Make(first, last, FirstOfMonth(monday), DatePrecision.Month);
        return Make(first, last, new DateOnly(sunday.Year == monday.Year ? monday.Year : monday.AddDays(3).Year, 1, 1), DatePrecision.Year);
    }

    private static readonly HashSet<string> WeekdayOpeners = new(StringComparer.OrdinalIgnoreCase)
    { "on", "last", "this", "next", "since", "by", "until", "from", "before", "after", "early", "late" };

    private bool InsideName(int i) =>
        i > 0 && _doc.Tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(Word(i - 1)[0]) && !WeekdayOpeners.Contains(Word(i - 1));

    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);

    private string Word(int i) => i < _doc.Tokens.Length ? _doc.TextOf(_doc.Tokens[i]) : "";

    private DateMention Make(int first, int last, DateOnly value, DatePrecision precision) =>
        new(_doc.Tokens[first].Start, _doc.Tokens[last].End, value, precision, true);
}
