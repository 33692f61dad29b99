using System.Collections.Immutable;
using Knowledge.Graph;

namespace Knowledge.Query;

/// <summary>A role a speaker held, as the graph records it.</summary>
/// <param name="Title">The title ("Executive Director").</param>
/// <param name="Organization">The organisation's name, when the text gives one.</param>
public sealed record SpeakerRole(string Title, string? Organization)
{
    /// <inheritdoc />
    public override string ToString() => Organization is null ? Title : $"{Title}, {Organization}";
}

/// <summary>One quote found by a <see cref="QuoteQuery"/>: who said what, when, and where it is written.</summary>
/// <param name="Id">The Quote node's id.</param>
/// <param name="Text">The quoted or reported words.</param>
/// <param name="Kind">"direct" or "indirect".</param>
/// <param name="DocumentId">The document it is in.</param>
public sealed record QuoteResult(string Id, string Text, string Kind, string DocumentId)
{
    /// <summary>When it was said, at the text's precision; null when unknown.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Where the date comes from: "explicit" (the text says when), "published" (the document's date) or "unknown".</summary>
    public string DateSource { get; init; } = "unknown";

    /// <summary>The speaker's node id, or null when the text names none.</summary>
    public string? SpeakerId { get; init; }

    /// <summary>The speaker's canonical name, or null.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker's role at the time: the one given in the same document, else the latest given before the quote's date.</summary>
    public SpeakerRole? Role { get; init; }

    /// <summary>The document's title, when known.</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>The character ranges of the quote in its document (several when interrupted or printed twice).</summary>
    public ImmutableArray<Provenance> Spans { get; init; } = ImmutableArray<Provenance>.Empty;

    /// <summary>Names of the laws, organisations and people the quote is about.</summary>
    public ImmutableArray<string> About { get; init; } = ImmutableArray<string>.Empty;
}
