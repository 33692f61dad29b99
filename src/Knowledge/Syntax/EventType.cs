namespace Knowledge.Syntax;

/// <summary>
/// The kinds of event an <see cref="EventMention"/> tells. Exports write a type by its name
/// ("LegislativeAction"; <see cref="EventNames.Name(EventType)"/>); the trigger lexicon
/// (models/events/triggers.txt) names the type of each trigger word the same way.
/// </summary>
public enum EventType
{
    /// <summary>Something new set up or released to the public: a network, a centre, a podcast.</summary>
    Launch,
    /// <summary>A court's sentence.</summary>
    Sentencing,
    /// <summary>A conviction or a guilty plea.</summary>
    Conviction,
    /// <summary>An arrest.</summary>
    Arrest,
    /// <summary>People rescued or freed.</summary>
    Rescue,
    /// <summary>A report, study or other written work released.</summary>
    Publication,
    /// <summary>A bill, act, law or ordinance introduced, passed, signed or enacted.</summary>
    LegislativeAction,
    /// <summary>Someone spoke at a gathering.</summary>
    Speech,
    /// <summary>A conference, summit, festival or celebration held.</summary>
    Gathering,
    /// <summary>A campaign run.</summary>
    Campaign,
    /// <summary>A place in a ranking.</summary>
    Ranking,
    /// <summary>Two or more parties that partnered.</summary>
    Partnership,
    /// <summary>Testimony, charges, a programme's change of course.</summary>
    Other,
}
