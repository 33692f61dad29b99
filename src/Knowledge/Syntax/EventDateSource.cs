namespace Knowledge.Syntax;

/// <summary>
/// Where the date of an <see cref="EventMention"/> comes from. Exports write it in lower case
/// ("text", "context", "event", "published", "none"; <see cref="EventNames.Name(EventDateSource)"/>).
/// </summary>
public enum EventDateSource
{
    /// <summary>The text does not date it.</summary>
    None,
    /// <summary>A date in its sentence.</summary>
    Text,
    /// <summary>The narrative time of its paragraph: an earlier dated event or the sentence before.</summary>
    Context,
    /// <summary>Another mention of the same event, or the event it belongs to (a speech at a dated gathering).</summary>
    Event,
    /// <summary>The document's published date, for a past event the text says happened "this week".</summary>
    Published,
}
