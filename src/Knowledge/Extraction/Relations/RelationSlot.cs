namespace Knowledge.Extraction.Relations;

/// <summary>The slot a function word fills around a relation cue (the second column of models/relations/relation-words.txt).</summary>
internal enum RelationSlot
{
    /// <summary>May stand between two laws beside the cue: "which", "also", "the provisions of".</summary>
    LawFiller,
    /// <summary>May stand between a name and a membership cue: "is", "a", "founding".</summary>
    MembershipFiller,
    /// <summary>May stand between a membership cue and the organisation: "the", "its".</summary>
    AfterCue,
    /// <summary>Opens a clause of company between commas: "along with".</summary>
    Company,
    /// <summary>Joins two names of a list: "and".</summary>
    ListJoiner,
    /// <summary>May open the next name of a list: "the".</summary>
    ListArticle,
    /// <summary>Puts a unit before its owner: "of".</summary>
    OwnerLink,
    /// <summary>May open an owner's name: "the".</summary>
    OwnerArticle,
    /// <summary>A small word inside a name that a unit or place after it does not split from.</summary>
    UnitNameConnector,
    /// <summary>May open a place phrase: "which is".</summary>
    PlaceRelative,
    /// <summary>Says where a body is: "based".</summary>
    PlaceParticiple,
    /// <summary>Puts a place after a name: "in".</summary>
    PlacePreposition,
    /// <summary>May stand before a place: "the".</summary>
    PlaceArticle,
    /// <summary>A kind of place named before "of": "province".</summary>
    PlaceDivision,
    /// <summary>Joins a place division and its name: "of".</summary>
    PlaceDivisionLink,
    /// <summary>Before a place ending a name, makes it the name's own only further in: "in", "of".</summary>
    NamePlaceLink,
    /// <summary>Before a place ending a name, shows the place is part of a longer name: "for", "and".</summary>
    NamePlaceBreaker,
}
