namespace Knowledge.Syntax;

/// <summary>The kinds of relation a text states between two names (<see cref="RelationMention"/>).</summary>
public enum RelationType
{
    /// <summary>An organisation or person is a part of another organisation.</summary>
    PartOf,
    /// <summary>A person or organisation is a member of an organisation.</summary>
    MemberOf,
    /// <summary>An organisation is located in a place.</summary>
    LocatedIn,
    /// <summary>A law refers to another law.</summary>
    RefersTo,
    /// <summary>A law amends another law.</summary>
    Amends,
}
