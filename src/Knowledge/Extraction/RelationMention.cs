using Knowledge.Graph;

namespace Knowledge.Extraction;

/// <summary>
/// A relation the text states between two named things: a law that amends another, an organisation
/// that is a member or a part of another. <see cref="Start"/>/<see cref="End"/> cover the words that
/// state it (the two names and the cue between them).
/// </summary>
/// <param name="Type">The edge type: <see cref="EdgeType.AMENDS"/>, <see cref="EdgeType.REFERS_TO"/>, <see cref="EdgeType.MEMBER_OF"/>, <see cref="EdgeType.PART_OF"/> or <see cref="EdgeType.LOCATED_IN"/>.</param>
/// <param name="Source">The mention the edge starts from (the amending law, the member, the unit).</param>
/// <param name="Target">
/// The mention the edge ends at. For a relation read from a name ("Harbor Police Fraud Division"),
/// this is the parent's name inside it, which need not be a mention of the document: resolution
/// looks it up among the corpus's names.
/// </param>
/// <param name="Start">Start of the words that state the relation.</param>
/// <param name="End">End (exclusive) of those words.</param>
/// <param name="Cue">The words that say it, in lower case ("amends", "founding member of", "'s"), or "name" for a unit's name.</param>
public sealed record RelationMention(EdgeType Type, EntityMention Source, EntityMention Target, int Start, int End, string Cue)
{
    /// <summary>True when the target is a name inside the source's name, to be resolved by name rather than as a mention.</summary>
    public bool TargetByName { get; init; }
}
