namespace Knowledge.Syntax;

/// <summary>A sentence: a character range and the range of token indices it covers.</summary>
/// <param name="Start">Start offset in the document text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="FirstToken">Index of its first token in <see cref="Doc.Tokens"/>.</param>
/// <param name="TokenCount">How many tokens it covers.</param>
/// <param name="BlockIndex">Index of its block in <see cref="Doc.Blocks"/>.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount, int BlockIndex)
{
    /// <summary>Index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
