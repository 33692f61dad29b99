using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Pipeline;

/// <summary>A name that denotes another entity in some documents than in the rest.</summary>
/// <param name="Type">The entity's type.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Documents">The ids of the documents where the name is the other entity.</param>
/// <param name="Line">The rule's line in its file (1-based).</param>
public sealed record CurationSplit(EntityType Type, string Name, ImmutableArray<string> Documents, int Line);
