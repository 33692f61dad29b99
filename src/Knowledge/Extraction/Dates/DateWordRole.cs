namespace Knowledge.Extraction.Dates;

/// <summary>The part a function word plays in a date (the second column of models/dates/date-words.txt).</summary>
internal enum DateWordRole
{
    /// <summary>After it a bare month name or year is a date: "in May", "since 2019".</summary>
    TimeContext,
    /// <summary>May follow a bare year: "in 2019 and", "since 2019 the".</summary>
    YearFollower,
    /// <summary>Between a day and its month or a month and its year: "2nd of November".</summary>
    MonthLinker,
    /// <summary>Joins the days of a range: "November 2-3", "November 2 and 3".</summary>
    Range,
    /// <summary>Joins two bare years: "from 2019 to 2021".</summary>
    YearRange,
    /// <summary>An article that counts one: "a month ago".</summary>
    CountOne,
    /// <summary>A day named relative to publication; the value is its offset in days.</summary>
    Day,
    /// <summary>Opens a relative period; the value is its offset in periods: "last year".</summary>
    Deictic,
    /// <summary>"earlier", "later": read as "this" before a period.</summary>
    WithinThis,
    /// <summary>Before a deictic word, makes it a span: "the last year".</summary>
    SpanOpener,
    /// <summary>A period in the singular; the value is year, month, week, day or part-of-day.</summary>
    Period,
    /// <summary>A period in the plural; the value is year, month or day.</summary>
    Periods,
    /// <summary>Ends a count of periods back from publication: "two years ago".</summary>
    Ago,
    /// <summary>Before a capitalised weekday, shows it is a date and not part of a name: "on Monday".</summary>
    WeekdayOpener,
}
