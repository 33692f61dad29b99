using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Pipeline;

/// <summary>Names that are one entity.</summary>
/// <param name="Type">The entity's type.</param>
/// <param name="Names">Its names, as written (two or more).</param>
/// <param name="Line">The rule's line in its file (1-based).</param>
public sealed record CurationMerge(EntityType Type, ImmutableArray<string> Names, int Line);
