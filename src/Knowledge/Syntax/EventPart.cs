namespace Knowledge.Syntax;

/// <summary>
/// The part a participant plays in an event, or the part a description of an unnamed party fills.
/// Exports write it in lower case ("agent", "subject", "location", "participant";
/// <see cref="EventNames.Name(EventPart)"/>).
/// </summary>
public enum EventPart
{
    /// <summary>Who acted: before an active trigger, or after "by".</summary>
    Agent,
    /// <summary>Who or what was acted on: after an active trigger, before a passive one; the law of a legislative act.</summary>
    Subject,
    /// <summary>Where it happened.</summary>
    Location,
    /// <summary>Who took part with the agent ("with", or after a passive trigger).</summary>
    Participant,
}
