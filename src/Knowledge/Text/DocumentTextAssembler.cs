using System.Buffers;
using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Text;

/// <summary>
/// Assembles a document's text block by block in one pooled character buffer: a block's characters are appended
/// (each mapped to its source offset), then <see cref="EndBlock"/> turns its control characters into spaces, trims
/// white space at both ends, and joins it to the blocks before with a blank line — in place, so the text is
/// copied once, into the final string. A block that trims to nothing leaves no trace, its links included.
/// Dispose returns the buffer to the pool.
/// </summary>
internal sealed class DocumentTextAssembler : IDisposable
{
    private const string Separator = "\n\n";

    // What char.IsControl is true for, U+0000–U+001F and U+007F–U+009F, as two ranges: each is a vectorised range
    // search, where one set of both takes .NET's slow probabilistic path after the first non-ASCII character of a
    // text. (SearchValues rather than IndexOfAnyInRange, whose generic code boxes its bounds until tier 1.)
    internal static readonly SearchValues<char> C0Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    internal static readonly SearchValues<char> DeleteAndC1Controls = SearchValues.Create(
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    private char[] _buffer;
    private int _length;
    // Where the open block's separator (if any) starts, and where its characters start.
    private int _blockMark = -1, _blockStart;
    private readonly SourceRunsBuilder _map = new();
    private readonly List<Link> _blockLinks = [];
    private readonly ImmutableArray<Block>.Builder _blocks = ImmutableArray.CreateBuilder<Block>();
    private readonly ImmutableArray<Link>.Builder _links = ImmutableArray.CreateBuilder<Link>();

    /// <param name="capacity">The characters expected (the sum of the fields' lengths is an upper bound but for separators).</param>
    public DocumentTextAssembler(int capacity) => _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

    // The thread's assembler of its last document, disposed and empty: its lists and builders have grown to a
    // document's size once and are reused instead of grown again (a kilobyte a document).
    [ThreadStatic] private static DocumentTextAssembler? t_spare;

    // The most blocks or links a spare keeps room for; an assembler that grew past it is let go.
    private const int MaxKeptCapacity = 4096;

    /// <summary>An empty assembler: the thread's spare when it has one, else a new one. Dispose it to give it back.</summary>
    public static DocumentTextAssembler Rent(int capacity)
    {
        var spare = t_spare;
        if (spare is null) return new DocumentTextAssembler(capacity);
        t_spare = null;
        spare._buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        return spare;
    }

    /// <summary>The characters of the open block so far (its offsets are relative to the block's start).</summary>
    public int BlockLength => _length - _blockStart;

    /// <summary>The source map of the open block's characters.</summary>
    public SourceRunsBuilder Map => _map;

    /// <summary>How many links the open block has recorded.</summary>
    public int BlockLinkCount => _blockLinks.Count;

    /// <summary>The blocks ended so far.</summary>
    public ImmutableArray<Block> Blocks => _blocks.ToImmutable();

    /// <summary>The links of the blocks ended so far, in document text offsets.</summary>
    public ImmutableArray<Link> Links => _links.ToImmutable();

    /// <summary>Opens a block: what is appended next belongs to it until <see cref="EndBlock"/>.</summary>
    public void BeginBlock()
    {
        _blockMark = _length;
        if (_blocks.Count > 0) Append(Separator);
        _blockStart = _length;
        _map.Clear();
        _blockLinks.Clear();
    }

    /// <summary>Appends characters to the open block (map them through <see cref="Map"/>).</summary>
    public void Append(ReadOnlySpan<char> value)
    {
        if (_length + value.Length > _buffer.Length) Grow(_length + value.Length);
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    /// <summary>Forgets the open block's characters from <paramref name="blockLength"/> on (its map too).</summary>
    public void TruncateBlock(int blockLength)
    {
        _length = _blockStart + Math.Clamp(blockLength, 0, BlockLength);
        _map.Truncate(blockLength);
    }

    /// <summary>Records a link over the open block's characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void AddLink(int start, int end, string url) => _blockLinks.Add(new Link(start, end, url));

    /// <summary>Forgets the open block's links from the <paramref name="count"/>th on.</summary>
    public void RemoveLinksFrom(int count) => _blockLinks.RemoveRange(count, _blockLinks.Count - count);

    /// <summary>
    /// Closes the open block: control characters become spaces (same length, so offsets stay aligned), white space
    /// at both ends is trimmed, and what is left becomes a <see cref="Block"/> with its links; an all-white block is dropped.
    /// </summary>
    public void EndBlock(BlockKind kind, SourceField field)
    {
        var content = _buffer.AsSpan(_blockStart, _length - _blockStart);
        Blank(content, C0Controls);
        Blank(content, DeleteAndC1Controls);
        int s = 0, e = content.Length;
        while (s < e && char.IsWhiteSpace(content[s])) s++;
        while (e > s && char.IsWhiteSpace(content[e - 1])) e--;
        if (s == e)
        {
            _length = _blockMark;
            return;
        }
        if (s > 0) content[s..e].CopyTo(content);
        _length = _blockStart + (e - s);
        var block = new Block(kind, _blockStart, _length, field) { SourceOffsets = _map.ToRuns(s, e) };
        _blocks.Add(block);
        foreach (var l in _blockLinks)
        {
            int ls = Math.Clamp(l.Start - s, 0, block.Length) + block.Start;
            int le = Math.Clamp(l.End - s, 0, block.Length) + block.Start;
            _links.Add(new Link(ls, le, l.Url));
        }
    }

    // Turns every character of the set into a space: such characters are rare, the search skips the text between them.
    private static void Blank(Span<char> content, SearchValues<char> controls)
    {
        for (int at = content.IndexOfAny(controls); at >= 0;)
        {
            content[at] = ' ';
            int next = content[(at + 1)..].IndexOfAny(controls);
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>Appends a whole block of plain text whose characters come from consecutive source offsets from <paramref name="sourceStart"/>.</summary>
    public void AddBlock(BlockKind kind, SourceField field, ReadOnlySpan<char> value, int sourceStart)
    {
        BeginBlock();
        Append(value);
        _map.AddRange(sourceStart, value.Length);
        EndBlock(kind, field);
    }

    /// <summary>The text of the blocks ended so far.</summary>
    public override string ToString() => new(_buffer, 0, _length);

    /// <summary>Returns the buffer to the pool and, emptied, keeps this assembler as the thread's spare for <see cref="Rent"/>.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length == 0) return;
        ArrayPool<char>.Shared.Return(buffer);
        _length = 0;
        _blockMark = -1;
        _blockStart = 0;
        _map.Clear();
        _blockLinks.Clear();
        if (_blocks.Capacity > MaxKeptCapacity || _links.Capacity > MaxKeptCapacity || _blockLinks.Capacity > MaxKeptCapacity
            || _map.Capacity > 2 * MaxKeptCapacity) return;
        _blocks.Clear();
        _links.Clear();
        t_spare = this;
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
