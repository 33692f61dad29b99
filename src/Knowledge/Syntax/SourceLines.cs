using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Knowledge.Syntax;

/// <summary>
/// Line breaks of the source text. A paragraph's soft line breaks become spaces in the document
/// text, but a break still separates a contact block's lines ("Ana Reyes" / "Director, Outreach").
/// </summary>
internal static class SourceLines
{
    /// <summary>Whether the source has a line break between two document offsets (the end of one token, the start of the next).</summary>
    public static bool BreakBetween(Doc doc, int from, int to)
    {
        if (to <= from) return false;
        // Most gaps are one space: tested without the vectorised search's call.
        var gap = doc.Text.AsSpan(from, to - from);
        if (gap.Length == 1 ? gap[0] == '\n' : gap.Contains('\n')) return true;
        int blockIndex = BlockIndexAt(doc, from - 1);
        if (blockIndex < 0) return false;
        // Both ends are mostly in one block (the blocks do not overlap): its offsets map both, with one search of the blocks.
        var block = doc.Blocks[blockIndex];
        var a = (block.Field, Offset: block.SourceOffsets[from - 1 - block.Start]);
        var b = to < block.End ? (block.Field, block.SourceOffsets[to - block.Start]) : doc.ToSource(to);
        if (b is null || a.Field != b.Value.Field) return false;
        var text = FieldText(doc.Source, a.Field);
        int s = a.Offset + 1, e = b.Value.Offset;
        return text is not null && s >= 0 && e <= text.Length && e > s && text.AsSpan(s, e - s).Contains('\n');
    }

    /// <summary>
    /// <see cref="Doc.BlockIndexAt"/>, tried first at the block this thread found last and the one after: the rules ask
    /// about a document's gaps mostly in text order. The blocks do not overlap, so a block that holds the offset is the
    /// one the search would find, whichever document the hint came from.
    /// </summary>
    internal static int BlockIndexAt(Doc doc, int offset)
    {
        var blocks = doc.Blocks;
        int hint = _lastBlock;
        if (Holds(blocks, hint, offset)) return hint;
        if (Holds(blocks, hint + 1, offset)) return _lastBlock = hint + 1;
        int found = doc.BlockIndexAt(offset);
        if (found >= 0) _lastBlock = found;
        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Holds(ImmutableArray<Block> blocks, int index, int offset) =>
        (uint)index < (uint)blocks.Length && offset >= blocks[index].Start && offset < blocks[index].End;

    /// <summary>The block this thread's last search found (of whichever document).</summary>
    [ThreadStatic]
    private static int _lastBlock;

    private static string? FieldText(Ingestion.SourceDocument source, SourceField field) => field switch
    {
        SourceField.Title => source.Title,
        SourceField.Description => source.Description,
        SourceField.ImageCaption => source.ImageCaption,
        _ => source.Body,
    };
}
