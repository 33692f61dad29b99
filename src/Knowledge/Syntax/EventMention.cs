using System.Collections.Immutable;
using Knowledge.Extraction.Events;

namespace Knowledge.Syntax;

/// <summary>A participant of an event and the part it plays.</summary>
/// <param name="Entity">The participant's mention.</param>
/// <param name="Part">agent, subject, location or participant.</param>
public sealed record EventParticipant(EntityMention Entity, string Part)
{
    /// <summary>
    /// Where the sentence names the participant by a description that refers back to it ("the bill"),
    /// or null when it names it itself. <see cref="Entity"/> is then the earlier mention it refers to.
    /// </summary>
    public (int Start, int End)? Anaphor { get; init; }
}

/// <summary>Something that happened, as one sentence tells it.</summary>
/// <param name="EventType">Launch, Sentencing, Conviction, Arrest, …</param>
/// <param name="Start">Start of the sentence.</param>
/// <param name="End">End (exclusive) of the sentence.</param>
/// <param name="Trigger">The trigger word's range.</param>
/// <param name="Summary">A one-line summary from the sentence.</param>
public sealed record EventMention(string EventType, int Start, int End, (int Start, int End) Trigger, string Summary)
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

    /// <summary>Where <see cref="Date"/> comes from: "text" (a date in the sentence), "event" (another mention of the same event), "published" or "none".</summary>
    public string DateSource { get; init; } = "none";
}
