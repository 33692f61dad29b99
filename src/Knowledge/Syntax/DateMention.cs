namespace Knowledge.Syntax;

/// <summary>How precise a date is.</summary>
public enum DatePrecision
{
    /// <summary>A year, such as 2016.</summary>
    Year,
    /// <summary>A month of a year.</summary>
    Month,
    /// <summary>A day.</summary>
    Day,
}

/// <summary>A date in the text, absolute or relative, resolved to a calendar date where possible.</summary>
/// <param name="Start">Start offset in the document text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Value">The resolved date (first day of the month or year when less precise).</param>
/// <param name="Precision">How precise the text is.</param>
/// <param name="IsRelative">True for "today", "last year" and the like, resolved against the published date.</param>
public sealed record DateMention(int Start, int End, DateOnly Value, DatePrecision Precision, bool IsRelative)
{
    /// <summary>ISO form at the text's precision: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public string Iso => Value.ToString(IsoFormat, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes <see cref="Iso"/> into <paramref name="destination"/> without making a string.</summary>
    internal bool TryWriteIso(Span<char> destination, out int written) =>
        Value.TryFormat(destination, out written, IsoFormat, System.Globalization.CultureInfo.InvariantCulture);

    private string IsoFormat => Precision switch
    {
        DatePrecision.Year => "yyyy",
        DatePrecision.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    };
}
