
namespace Knowledge.Syntax;

/// <summary>
/// A relation the text states between two named things: a law that amends another, an organisation
/// that is a member or a part of another. <see cref="Start"/>/<see cref="End"/> cover the words that
/// state it (the two names and the cue between them).
/// </summary>
/// <param name="Type">The edge type: <see cref="RelationType.Amends"/>, <see cref="RelationType.RefersTo"/>, <see cref="RelationType.MemberOf"/>, <see cref="RelationType.PartOf"/> or <see cref="RelationType.LocatedIn"/>.</param>
/// <param name="Source">The mention the edge starts from (the amending law, the member, the unit).</param>
/// <param name="Target">
/// The mention the edge ends at. For a relation read from a name ("Harbor Police Fraud Division"),
/// this is the parent's name inside it, which need not be a mention of the document: resolution
/// looks it up among the corpus's names.
/// </param>
/// <param name="Start">Start of the words that state the relation.</param>
/// <param name="End">End (exclusive) of those words.</param>
/// <param name="Cue">The words that say it, in lower case ("amends", "founding member of", "'s"), or "name" for a unit's name.</param>
public sealed record RelationMention(RelationType Type, EntityMention Source, EntityMention Target, int Start, int End, string Cue)
{
    /// <summary>True when the target is a name inside the source's name, to be resolved by name rather than as a mention.</summary>
    public bool TargetByName { get; init; }
}
