namespace Knowledge.Extraction.Dates;

/// <summary>A period a relative date counts in (the value of a period row of models/dates/date-words.txt).</summary>
internal enum TimePeriod
{
    /// <summary>A year.</summary>
    Year,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A week.</summary>
    Week,
    /// <summary>A day.</summary>
    Day,
    /// <summary>A part of a day: morning, afternoon, evening.</summary>
    PartOfDay,
}
