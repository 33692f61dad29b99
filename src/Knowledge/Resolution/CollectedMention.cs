using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>A mention as resolution keeps it: its document (an index into the resolver's document ids), the mention, its identity keys, the text it was written as and where that is in the source.</summary>
internal readonly record struct CollectedMention(int Doc, EntityMention M, string[] Keys, string Written, SourceSpan? Source);
