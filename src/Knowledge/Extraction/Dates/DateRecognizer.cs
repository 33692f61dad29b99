using System.Collections.Immutable;
using System.Globalization;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Dates;

/// <summary>
/// Pipeline component "dates": finds dates in the text and resolves them to calendar dates.
/// Absolute: ISO and slashed dates, "November 2, 2022", "Nov. 2", "2 November 2022", "Wednesday, July 20",
/// ranges "November 2 and 3" / "November 2-3" (the first day), "March 2021", and a year with a context
/// word ("in 2016", "since 2019"). Relative ("today", "on Wednesday", "last year", "earlier this month",
/// "two years ago") and year-less dates are resolved against the published date, and skipped without one.
/// A month name alone is a date only after a preposition ("in May"), so the modal "May" and the verb
/// "March" are not; a four-digit number is a year only in a date pattern or after a context word,
/// so amounts and bill numbers are not.
/// </summary>
public sealed class DateRecognizer : IDocComponent
{
    private readonly LexiconSet _lex;
    private readonly DateWords _words;

    /// <summary>Creates the component over the given lexicons.</summary>
    public DateRecognizer(LexiconSet lexicons)
    {
        _lex = lexicons;
        _words = new DateWords(lexicons);
    }

    /// <summary>Creates the component over the default lexicons.</summary>
    public DateRecognizer() : this(LexiconSet.Default) { }

    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var found = ImmutableArray.CreateBuilder<DateMention>();
        var relative = new RelativeDates(doc, _words);
        // The token table's bits (built here, the first stage that reads it, and shared by the later ones): a word that
        // starts no date is skipped on its bit, without reading its text.
        var bits = doc.TokenBits(_lex);
        int i = 0;
        var tokens = doc.Tokens.AsSpan();
        while (i < tokens.Length)
        {
            if (!MayStart(bits, tokens[i], i)) { i++; continue; }
            var (mention, next) = Absolute(doc, i);
            if (mention is null) (mention, next) = relative.At(i);
            if (mention is not null)
            {
                found.Add(mention);
                i = Math.Max(next, i + 1);
            }
            else i++;
        }
        return doc with { Dates = found.ToImmutable() };
    }

    /// <summary>
    /// Whether a date may start at token <paramref name="i"/>: a date or number token, or a word that may start one
    /// (<see cref="TokenLexicons.DateStarter"/>: a starter in any case, a word opening with a digit, or one with a character
    /// outside ASCII, which is read in full). Every other token is skipped without reading it further.
    /// </summary>
    private static bool MayStart(TokenBits bits, Token t, int i) =>
        t.Kind is TokenKind.Date or TokenKind.Number || t.Length == 0 || bits.Has(i, TokenLexicons.DateStarter);

    private (DateMention? Mention, int Next) Absolute(Doc doc, int i)
    {
        var t = doc.Tokens[i];
        var w = doc.SpanOf(t);
        var published = doc.Source.Published;
        if (t.Kind == TokenKind.Date)
            return (ParseDateToken(doc.TextOf(t)) is { } d ? new DateMention(t.Start, t.End, d, DatePrecision.Day, false) : null, i + 1);
        // "Wednesday, July 20": the weekday belongs to the date that follows.
        if (CalendarWords.Weekday(w) is not null)
        {
            int j = i + 1 < doc.Tokens.Length && doc.SpanOf(doc.Tokens[i + 1]) is "," ? i + 2 : i + 1;
            if (j < doc.Tokens.Length && CalendarWords.Month(_lex, doc.SpanOf(doc.Tokens[j])) > 0 && MonthFirst(doc, j) is { Mention: { } m } r)
                return (m with { Start = t.Start }, r.Next);
            return (null, i);
        }
        if (CalendarWords.Month(_lex, w) > 0) return MonthFirst(doc, i);
        // "2 November 2022", "2nd of November".
        if (t.Kind == TokenKind.Number && CalendarWords.Day(_words, w) is var day and > 0)
        {
            int j = i + 1;
            if (j < doc.Tokens.Length && _words.Is(doc.SpanOf(doc.Tokens[j]), DateWordRole.MonthLinker)) j++;
            if (j < doc.Tokens.Length && CalendarWords.Month(_lex, doc.SpanOf(doc.Tokens[j])) is var month and > 0)
            {
                if (YearAt(doc, j + 1, allowComma: true) is var (year, yearEnd) && year > 0)
                    return Day(t.Start, doc.Tokens[yearEnd - 1].End, CalendarWords.Make(year, month, day), false, yearEnd);
                if (published is { } p) return Day(t.Start, doc.Tokens[j].End, CalendarWords.WithoutYear(month, day, p), false, j + 1);
            }
            return (null, i);
        }
        // A bare year after a context word: "in 2016", "since 2019", "between 2019 and 2021".
        if (CalendarWords.Year(w) is var y and > 0 && t.Kind == TokenKind.Number && i > 0 && YearHasContext(doc, i) && YearMayEndAt(doc, i + 1))
            return (new DateMention(t.Start, t.End, new DateOnly(y, 1, 1), DatePrecision.Year, false), i + 1);
        return (null, i);
    }

    /// <summary>A date that starts with a month name at token <paramref name="i"/>.</summary>
    private (DateMention? Mention, int Next) MonthFirst(Doc doc, int i)
    {
        var t = doc.Tokens[i];
        var w = doc.SpanOf(t);
        int month = CalendarWords.Month(_lex, w);
        var published = doc.Source.Published;
        int j = i + 1;
        if (j < doc.Tokens.Length && doc.SpanOf(doc.Tokens[j]) is "." && w[^1] != '.') j++;
        // "November 2", "November 2, 2022", "November 2 and 3", "November 2-3".
        if (j < doc.Tokens.Length && doc.Tokens[j].Kind == TokenKind.Number && CalendarWords.Day(_words, doc.SpanOf(doc.Tokens[j])) is var day and > 0
            && CalendarWords.Year(doc.SpanOf(doc.Tokens[j])) == 0)
        {
            int end = j + 1;
            end = SkipRangeEnd(doc, end);
            if (YearAt(doc, end, allowComma: true) is var (year, yearEnd) && year > 0)
                return Day(t.Start, doc.Tokens[yearEnd - 1].End, CalendarWords.Make(year, month, day), false, yearEnd);
            if (published is { } p) return Day(t.Start, doc.Tokens[end - 1].End, CalendarWords.WithoutYear(month, day, p), false, end);
            return (null, i);
        }
        // "March 2021", "March of 2021".
        int k = j < doc.Tokens.Length && _words.Is(doc.SpanOf(doc.Tokens[j]), DateWordRole.MonthLinker) ? j + 1 : j;
        if (YearAt(doc, k, allowComma: false) is var (y, yEnd) && y > 0)
            return (new DateMention(t.Start, doc.Tokens[yEnd - 1].End, new DateOnly(y, month, 1), DatePrecision.Month, false), yEnd);
        // "in May": a full month name after a time preposition, in the published year (or the one before).
        if (published is { } pub && CalendarWords.IsFullMonthName(w) && i > 0 && _words.Is(doc.SpanOf(doc.Tokens[i - 1]), DateWordRole.TimeContext))
        {
            var first = new DateOnly(pub.Year, month, 1);
            if (first > pub.AddDays(CalendarWords.FutureToleranceDays)) first = first.AddYears(-1);
            return (new DateMention(t.Start, t.End, first, DatePrecision.Month, false), i + 1);
        }
        return (null, i);
    }

    private static (DateMention?, int) Day(int start, int end, DateOnly? date, bool relative, int next) =>
        date is { } d ? (new DateMention(start, end, d, DatePrecision.Day, relative), next) : (null, next);

    /// <summary>Skips the second day of a range ("-3", "– 3", "and 3", "to 3"); returns the index after it, or <paramref name="i"/>.</summary>
    private int SkipRangeEnd(Doc doc, int i)
    {
        if (i + 1 >= doc.Tokens.Length) return i;
        var sep = doc.SpanOf(doc.Tokens[i]);
        if (_words.Is(sep, DateWordRole.Range) && CalendarWords.Day(_words, doc.SpanOf(doc.Tokens[i + 1])) > 0
            && CalendarWords.Year(doc.SpanOf(doc.Tokens[i + 1])) == 0)
            return i + 2;
        return i;
    }

    /// <summary>A year at token <paramref name="i"/> (after an optional comma): the year and the index after it, or (0, i).</summary>
    private static (int Year, int Next) YearAt(Doc doc, int i, bool allowComma)
    {
        int j = i;
        if (allowComma && j < doc.Tokens.Length && doc.SpanOf(doc.Tokens[j]) is ",") j++;
        if (j < doc.Tokens.Length && doc.Tokens[j].Kind == TokenKind.Number && CalendarWords.Year(doc.SpanOf(doc.Tokens[j])) is var y and > 0)
            return (y, j + 1);
        return (0, i);
    }

    private bool YearHasContext(Doc doc, int i)
    {
        var prev = doc.SpanOf(doc.Tokens[i - 1]);
        if (_words.Is(prev, DateWordRole.TimeContext)) return true;
        // "from 2019 to 2021", "in 2016 and 2017": a year after a year.
        return _words.Is(prev, DateWordRole.YearRange) && i >= 2 && CalendarWords.Year(doc.SpanOf(doc.Tokens[i - 2])) > 0;
    }

    private bool YearMayEndAt(Doc doc, int i)
    {
        if (i >= doc.Tokens.Length) return true;
        var t = doc.Tokens[i];
        if (t.Kind is not TokenKind.Word) return t.Kind is not TokenKind.Number and not TokenKind.Symbol;
        var w = doc.SpanOf(t);
        return char.IsUpper(w[0]) || _words.Is(w, DateWordRole.YearFollower);
    }

    /// <summary>"2022-11-02" (year, month, day) or "11/2/2022" (month, day, year; day first when the month would be over 12).</summary>
    internal static DateOnly? ParseDateToken(string s)
    {
        var parts = s.Split('-', '/');
        if (parts.Length != 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit))) return null;
        int a = int.Parse(parts[0], CultureInfo.InvariantCulture), b = int.Parse(parts[1], CultureInfo.InvariantCulture), c = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (s.Contains('-')) return CalendarWords.Make(a, b, c);
        if (parts[2].Length == 2) c += 2000;
        return CalendarWords.Make(c, a, b) ?? CalendarWords.Make(c, b, a);
    }
}
