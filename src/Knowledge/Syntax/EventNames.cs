using System.Collections.Frozen;

namespace Knowledge.Syntax;

/// <summary>
/// The names exports write for the event enums, defined once: an event type by its name
/// ("LegislativeAction"), a date source and a part in lower case ("published", "agent").
/// </summary>
public static class EventNames
{
    private static readonly FrozenDictionary<EventType, string> TypeNames = Names<EventType>(lowerCase: false);
    private static readonly FrozenDictionary<EventDateSource, string> DateSourceNames = Names<EventDateSource>(lowerCase: true);
    private static readonly FrozenDictionary<EventPart, string> PartNames = Names<EventPart>(lowerCase: true);

    /// <summary>The event type as exports write it: "Launch", "LegislativeAction", …</summary>
    public static string Name(this EventType type) => TypeNames[type];

    /// <summary>The date source as exports write it: "text", "context", "event", "published", "none".</summary>
    public static string Name(this EventDateSource source) => DateSourceNames[source];

    /// <summary>The part as exports write it: "agent", "subject", "location", "participant".</summary>
    public static string Name(this EventPart part) => PartNames[part];

    private static FrozenDictionary<T, string> Names<T>(bool lowerCase) where T : struct, Enum =>
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => lowerCase ? v.ToString().ToLowerInvariant() : v.ToString());
}
