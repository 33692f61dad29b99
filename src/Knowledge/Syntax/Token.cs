namespace Knowledge.Syntax;

/// <summary>A token: a range of the document text and its kind. Its text is <c>doc.Text[Start..End]</c>.</summary>
/// <param name="Start">Start offset in the document text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Kind">The lexical kind.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    // The kind and whether a space follows share one number, so a token is 12 bytes instead of 16: a document's tokens
    // are the largest array the analysis makes (a quarter of the tokenizer's allocations was padding).
    private const int SpaceAfterBit = 1 << 31;
    private readonly int _kindAndSpace = (int)Kind & ~SpaceAfterBit;

    /// <summary>The lexical kind.</summary>
    public TokenKind Kind
    {
        get => (TokenKind)(_kindAndSpace & ~SpaceAfterBit);
        init => _kindAndSpace = (_kindAndSpace & SpaceAfterBit) | ((int)value & ~SpaceAfterBit);
    }

    /// <summary>The token's length.</summary>
    public int Length => End - Start;

    /// <summary>Whether a space (or any white space) follows the token in the text.</summary>
    public bool SpaceAfter
    {
        get => (_kindAndSpace & SpaceAfterBit) != 0;
        init => _kindAndSpace = value ? _kindAndSpace | SpaceAfterBit : _kindAndSpace & ~SpaceAfterBit;
    }
}
