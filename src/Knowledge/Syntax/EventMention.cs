using System.Collections.Immutable;

namespace Knowledge.Syntax;

/// <summary>Something that happened, as one sentence tells it.</summary>
/// <param name="EventType">Launch, Sentencing, Conviction, Arrest, …</param>
/// <param name="Start">Start of the sentence.</param>
/// <param name="End">End (exclusive) of the sentence.</param>
/// <param name="Trigger">The trigger word's range.</param>
/// <param name="Summary">A one-line summary from the sentence.</param>
public sealed record EventMention(EventType EventType, int Start, int End, (int Start, int End) Trigger, string Summary)
{
    /// <summary>When it happened, at the text's precision, or null when the text does not say.</summary>
    public DateMention? Date { get; init; }

    /// <summary>Who and what took part.</summary>
    public ImmutableArray<EventParticipant> Participants { get; init; } = ImmutableArray<EventParticipant>.Empty;

    /// <summary>Parties the sentence describes without naming them ("two defendants", "a Dutch court").</summary>
    public ImmutableArray<EventDescription> Descriptions { get; init; } = ImmutableArray<EventDescription>.Empty;

    /// <summary>
    /// Which event of the document this mention tells: mentions with the same index are one event
    /// (same type, compatible dates, shared participants), told in several sentences.
    /// </summary>
    public int EventIndex { get; init; }

    /// <summary>Where <see cref="Date"/> comes from: a date in the sentence, the paragraph's narrative time, another mention of the same event, the published date, or none.</summary>
    public EventDateSource DateSource { get; init; } = EventDateSource.None;
}
