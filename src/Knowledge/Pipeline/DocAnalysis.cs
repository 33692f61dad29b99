using Knowledge.Syntax;

namespace Knowledge.Pipeline;

/// <summary>One document's analysis, and whether it failed (a component threw: the document is empty, carrying the error).</summary>
internal readonly record struct DocAnalysis(Doc Doc, bool Failed);
