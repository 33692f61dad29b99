namespace Knowledge.Ingestion;

/// <summary>
/// Turns a character offset into a 1-based line and column. Lines end at LF, CRLF or a lone CR,
/// so files from any platform report the lines an editor shows.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };

    public LineMap(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int next = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (next < 0) break;
            i += next;
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                _lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Whether a line starts at <paramref name="offset"/>.</summary>
    public bool IsLineStart(int offset) => _lineStarts.BinarySearch(offset) >= 0;

    /// <summary>The first line start after <paramref name="offset"/>, or <see cref="int.MaxValue"/> when no line starts after it.</summary>
    public int NextLineStartAfter(int offset)
    {
        int idx = _lineStarts.BinarySearch(offset);
        idx = idx >= 0 ? idx + 1 : ~idx;
        return idx < _lineStarts.Count ? _lineStarts[idx] : int.MaxValue;
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        int idx = _lineStarts.BinarySearch(offset);
        if (idx < 0) idx = ~idx - 1;
        idx = Math.Max(idx, 0);
        return (idx + 1, offset - _lineStarts[idx] + 1);
    }
}
