
namespace Knowledge.Syntax;

/// <summary>
/// A mention of an entity in a document's text. <see cref="Name"/> is the name as the mention
/// gives it, cleaned (honorifics and possessive endings removed); <see cref="Start"/>/<see cref="End"/>
/// cover the words as written, so <c>doc.Text[Start..End]</c> is the verbatim form.
/// </summary>
/// <param name="Type">Person, Organization, Law, Place or Work.</param>
/// <param name="Start">Start offset in the document text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Name">The cleaned name.</param>
/// <param name="Rule">Which recogniser rule found it (kept as evidence).</param>
public sealed record EntityMention(EntityType Type, int Start, int End, string Name, string Rule)
{
    /// <summary>
    /// A title or honorific written before a person's name ("Atty.", "Senator"). A title of the person alone
    /// opens the mention; a plural one, heading a list of names ("Senators Ana Cruz and …"), stands just before it.
    /// </summary>
    public string? Honorific { get; init; }

    /// <summary>
    /// An identity key shared by mentions that denote the same entity even when their names
    /// differ, such as a law's number ("ra-11930") or an acronym's expansion.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>Another name this mention is known to equal in this document (an acronym's expansion, a law's number).</summary>
    public string? SameAs { get; init; }

    /// <summary>
    /// A weak candidate: an acronym used bare, never defined in the document (<see cref="EntityRuleIds.BareAcronym"/>).
    /// A stronger reading of the same words replaces it, and resolution drops an entity whose every mention is weak.
    /// </summary>
    public bool IsWeak { get; init; }

    /// <summary>Other identity keys the text says denote the same entity (a law's number and its short name).</summary>
    public System.Collections.Immutable.ImmutableArray<string> EquivalentKeys { get; init; } = System.Collections.Immutable.ImmutableArray<string>.Empty;
}
