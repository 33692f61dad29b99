using Knowledge.Syntax;

namespace Knowledge.Query;

/// <summary>
/// What to look for among the quotes of a graph. Every criterion that is set must hold; an empty
/// query returns every quote.
/// </summary>
public sealed record QuoteQuery
{
    /// <summary>The speaker's name or any alias, in part ("Baptista", "Atty. Villanueva").</summary>
    public string? Speaker { get; init; }

    /// <summary>
    /// An organisation, by any name or alias in part ("IJM" finds the organisation with that acronym): quotes it or one of
    /// its units (organisations PART_OF it, at any depth) said, or said by one of their members or by someone holding a
    /// role at one of them at the time.
    /// </summary>
    public string? Organization { get; init; }

    /// <summary>An entity the quote is about: a law, organisation or person it names ("Safe Harbor Act").</summary>
    public string? About { get; init; }

    /// <summary>The earliest date (inclusive); a quote dated "2023-01" is in range when any of its days is.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The latest date (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Words the quote's text must contain, as a phrase (case and punctuation ignored).</summary>
    public string? Text { get; init; }

    /// <summary>Keep only direct (quoted) or only indirect (reported) quotes; null for both.</summary>
    public Knowledge.Syntax.QuoteKind? Kind { get; init; }
}
