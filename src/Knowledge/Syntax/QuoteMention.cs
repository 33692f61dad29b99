using System.Collections.Immutable;

namespace Knowledge.Syntax;

/// <summary>Whether a quote is verbatim (in quotation marks) or reported speech.</summary>
public enum QuoteKind
{
    /// <summary>Words in quotation marks.</summary>
    Direct,
    /// <summary>Reported speech without quotation marks.</summary>
    Indirect,
}

/// <summary>Where a quote's date comes from.</summary>
public enum QuoteDateSource
{
    /// <summary>A date the text gives for when the words were said.</summary>
    Explicit,
    /// <summary>The document's published date.</summary>
    Published,
    /// <summary>No date is known.</summary>
    Unknown,
}

/// <summary>A quote in a document: its text spans, its speaker (when found) and when it was said.</summary>
/// <param name="Kind">Direct or indirect.</param>
/// <param name="Spans">The character ranges of the quoted words (several when interrupted or printed twice).</param>
/// <param name="Text">The quoted words, the spans joined.</param>
public sealed record QuoteMention(QuoteKind Kind, ImmutableArray<(int Start, int End)> Spans, string Text)
{
    /// <summary>The speaker mention, or null when the text gives none.</summary>
    public EntityMention? Speaker { get; init; }

    /// <summary>The cue that attributes it ("said", "according to"), with its range, when found.</summary>
    public (int Start, int End)? Cue { get; init; }

    /// <summary>Which attribution rule found the speaker.</summary>
    public string? AttributionRule { get; init; }

    /// <summary>When it was said, as an ISO date at the precision known: yyyy-MM-dd, yyyy-MM or yyyy.</summary>
    public string? Date { get; init; }

    /// <summary>The date in the text that <see cref="Date"/> comes from, when <see cref="DateSource"/> is <see cref="QuoteDateSource.Explicit"/>.</summary>
    public DateMention? DateEvidence { get; init; }

    /// <summary>Where <see cref="Date"/> comes from.</summary>
    public QuoteDateSource DateSource { get; init; } = QuoteDateSource.Unknown;

    /// <summary>Start of the first span.</summary>
    public int Start => Spans.IsDefaultOrEmpty ? 0 : Spans[0].Start;
}
