namespace Knowledge.Syntax;

/// <summary>A hyperlink in the body: its visible text's range in the document text, and its target URL.</summary>
/// <param name="Start">Start of the link text in the document text.</param>
/// <param name="End">End (exclusive) of the link text.</param>
/// <param name="Url">The link target, as written.</param>
public sealed record Link(int Start, int End, string Url);
