namespace Knowledge.Syntax;

/// <summary>A participant of an event and the part it plays.</summary>
/// <param name="Entity">The participant's mention.</param>
/// <param name="Part">Agent, subject, location or participant.</param>
public sealed record EventParticipant(EntityMention Entity, EventPart Part)
{
    /// <summary>
    /// Where the sentence names the participant by a description that refers back to it ("the bill"),
    /// or null when it names it itself. <see cref="Entity"/> is then the earlier mention it refers to.
    /// </summary>
    public (int Start, int End)? Anaphor { get; init; }
}
