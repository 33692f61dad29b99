namespace Knowledge.Syntax;

/// <summary>
/// The names the relation rules give what they read from an organisation's own name rather than from a
/// sentence: the cue of such a relation (<see cref="RelationMention.Cue"/>) and the rules of the target
/// mentions they make. The exports write them.
/// </summary>
public static class RelationRuleIds
{
    /// <summary>The cue of a relation read from a name ("Harbor Police Fraud Division", "Red Cross Kenya").</summary>
    public const string NameCue = "name";

    /// <summary>The rule of the place a name ends with ("Trial Court in Riverton").</summary>
    public const string PlaceInName = "place-in-name";

    /// <summary>The rule of the parent body a unit's name begins with ("Harbor Police" in "Harbor Police Fraud Division").</summary>
    public const string UnitNameParent = "unit-name-parent";
}
