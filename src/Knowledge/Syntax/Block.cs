namespace Knowledge.Syntax;

/// <summary>
/// A block of plain text in a <see cref="Doc"/>: a paragraph, heading, block-quote paragraph,
/// list item, or the title/description/caption. <see cref="Start"/> and <see cref="End"/> are
/// offsets in <see cref="Doc.Text"/>; <see cref="Doc.ToSource"/> maps each of its characters
/// back to an offset in the source field.
/// </summary>
/// <param name="Kind">What kind of block.</param>
/// <param name="Start">Start offset in the document text.</param>
/// <param name="End">End offset (exclusive) in the document text.</param>
/// <param name="Field">The source field the text came from.</param>
public sealed record Block(BlockKind Kind, int Start, int End, SourceField Field)
{
    /// <summary>The block's length in characters.</summary>
    public int Length => End - Start;

    /// <summary>For each character of the block, its offset in the source field, as runs of consecutive offsets.</summary>
    internal SourceRuns SourceOffsets { get; init; } = SourceRuns.Empty;
}
