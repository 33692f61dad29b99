namespace Knowledge.Lexicons;

/// <summary>
/// The lines of a lexicon or table file read in place, each without its comment (from <c>#</c> to the line's end):
/// <c>foreach (var line in new LexiconLines(text))</c>. Lines end at LF; trimming (a CR, white space) is the reader's,
/// as a list trims its entries whole and a table its columns.
/// </summary>
internal ref struct LexiconLines(string text)
{
    private readonly string _text = text;
    private int _start;

    /// <summary>The line the enumerator stands on, comment removed.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>How many lines the text can hold at most: the size to give a collection of one item a line.</summary>
    public static int MostLines(string text) => text.AsSpan().Count('\n') + 1;

    public readonly LexiconLines GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_start > _text.Length) return false;
        int newline = _text.IndexOf('\n', _start);
        int end = newline < 0 ? _text.Length : newline;
        var line = _text.AsSpan(_start, end - _start);
        _start = end + 1;
        int hash = line.IndexOf('#');
        Current = hash >= 0 ? line[..hash] : line;
        return true;
    }
}
