using System.Globalization;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Dates;

/// <summary>
/// Relative time expressions of one document, resolved against its published date: "today",
/// "yesterday", "tomorrow", "this morning" ("today, Monday": the weekday it names), a weekday ("on Wednesday": the most recent one on or
/// before publication; "next Monday": the first after), "this/last/next year", "this/last/next month",
/// "earlier/later this month", "last/next week" (its month, or its year when it straddles two
/// months; "this week" is left to the components, which read it as publication's day), and "N
/// days/months/years ago".
/// Without a published date nothing is relative.
/// </summary>
internal sealed class RelativeDates
{
    private readonly Doc _doc;
    private readonly DateWords _words;
    private readonly DateOnly? _published;

    public RelativeDates(Doc doc, DateWords words)
    {
        _doc = doc;
        _words = words;
        _published = doc.Source.Published;
    }

    /// <summary>The relative expression starting at token <paramref name="i"/>, and the token index after it.</summary>
    public (DateMention? Mention, int Next) At(int i)
    {
        if (_published is not { } p) return (null, i);
        var t = _doc.Tokens[i];
        var w = Word(i);
        var roles = _words.RolesOf(w);
        if (roles.Value(DateWordRole.Day) is { } days)
        {
            // "today, Monday", "yesterday (Monday": the weekday named with it is the writer's day, which
            // may come before the published one.
            if (i + 2 < _doc.Tokens.Length && _doc.Tokens[i + 1].Kind is not (TokenKind.Word or TokenKind.Number)
                && CalendarWords.Weekday(Word(i + 2)) is { } named)
                return (Make(i, i + 2, CalendarWords.LastWeekday(named, p), DatePrecision.Day), i + 3);
            return (Make(i, i, p.AddDays(int.Parse(days, CultureInfo.InvariantCulture)), DatePrecision.Day), i + 1);
        }
        // "this year", but not the span "the last year" / "the next month".
        if ((roles.Is(DateWordRole.Deictic) || roles.Is(DateWordRole.WithinThis)) && !(i > 0 && _words.Is(Word(i - 1), DateWordRole.SpanOpener)))
            return Deictic(i, p);
        // A bare weekday, but not inside a name ("Good Friday", "Cyber Monday").
        if (CalendarWords.Weekday(w) is { } day && !InsideName(i))
            return (Make(i, i, CalendarWords.LastWeekday(day, p), DatePrecision.Day), i + 1);
        // "two years ago", "a month ago".
        if (CalendarWords.Count(_words, roles, w) is var n and > 0 && _words.Is(Word(i + 2), DateWordRole.Ago) && t.Kind != TokenKind.Date)
        {
            DateMention? m = _words.PeriodOrPeriods(Word(i + 1)) switch
            {
                TimePeriod.Year => Make(i, i + 2, new DateOnly(p.Year - n, 1, 1), DatePrecision.Year),
                TimePeriod.Month => Make(i, i + 2, FirstOfMonth(p).AddMonths(-n), DatePrecision.Month),
                TimePeriod.Day => Make(i, i + 2, p.AddDays(-n), DatePrecision.Day),
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
        if (_words.Is(Word(j), DateWordRole.WithinThis))
        {
            if (_words.Value(Word(j + 1), DateWordRole.Deictic) is not "0") return (null, i);
            j++;
        }
        var unit = Word(j + 1);
        int offset = int.Parse(_words.Value(Word(j), DateWordRole.Deictic)!, CultureInfo.InvariantCulture);
        switch (_words.Period(unit))
        {
            case TimePeriod.Year: return (Make(i, j + 1, new DateOnly(p.Year + offset, 1, 1), DatePrecision.Year), j + 2);
            case TimePeriod.Month: return (Make(i, j + 1, FirstOfMonth(p).AddMonths(offset), DatePrecision.Month), j + 2);
            case TimePeriod.PartOfDay when offset == 0: return (Make(i, j + 1, p, DatePrecision.Day), j + 2);
            case TimePeriod.Week when offset != 0 && i == j: return (Week(i, j + 1, p, offset), j + 2);
        }
        if (CalendarWords.Weekday(unit) is { } day && i == j)
        {
            var d = offset > 0 ? CalendarWords.NextWeekday(day, p) : CalendarWords.LastWeekday(day, p);
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

    private bool InsideName(int i) =>
        i > 0 && _doc.Tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(Word(i - 1)[0]) && !_words.Is(Word(i - 1), DateWordRole.WeekdayOpener);

    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);

    private ReadOnlySpan<char> Word(int i) => i < _doc.Tokens.Length ? _doc.SpanOf(_doc.Tokens[i]) : "";

    private DateMention Make(int first, int last, DateOnly value, DatePrecision precision) =>
        new(_doc.Tokens[first].Start, _doc.Tokens[last].End, value, precision, true);
}
