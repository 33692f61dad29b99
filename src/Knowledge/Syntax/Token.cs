namespace Knowledge.Syntax;

/// <summary>A token: a range of the document text and its kind. Its text is <c>doc.Text[Start..End]</c>.</summary>
/// <param name="Start">Start offset in the document text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Kind">The lexical kind.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>The token's length.</summary>
    public int Length => End - Start;

    /// <summary>Whether a space (or any white space) follows the token in the text.</summary>
    public bool SpaceAfter { get; init; }
}
