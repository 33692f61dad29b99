using System.Buffers;

namespace Knowledge.Lexicons;

/// <summary>
/// The lines of a lexicon or table file, each without its comment (from <c>#</c> to the line's end), read through a
/// pooled buffer: <c>foreach (var line in new LexiconLines(text))</c>. Lines end at LF; trimming (a CR, white space) is
/// the reader's, as a list trims its entries whole and a table its columns. The text comes whole or from a reader, so a
/// long file is never one string: the lexicons embedded in the library are decoded a buffer at a time (the three largest
/// read as strings were 0.6 MB of large-object heap at start-up, and with their byte buffers brought on a gen2 collection).
/// </summary>
internal sealed class LexiconLines : IDisposable
{
    private const int BufferLength = 4096;
    private readonly TextReader _reader;
    private char[] _buffer = ArrayPool<char>.Shared.Rent(BufferLength);
    private int _start;
    private int _end;
    private bool _readAll;
    private bool _done;
    private int _lineStart;
    private int _lineLength;

    /// <summary>The lines of a text held whole.</summary>
    public LexiconLines(string text) : this(new StringReader(text))
    {
    }

    /// <summary>The lines a reader gives, the reader disposed with the lines.</summary>
    public LexiconLines(TextReader reader) => _reader = reader;

    /// <summary>The line the enumerator stands on, comment removed; valid until the next <see cref="MoveNext"/>.</summary>
    public ReadOnlySpan<char> Current => _buffer.AsSpan(_lineStart, _lineLength);

    /// <summary>How many lines the text can hold at most: the size to give a collection of one item a line.</summary>
    public static int MostLines(string text) => text.AsSpan().Count('\n') + 1;

    /// <summary>The lines, read once.</summary>
    public LexiconLines GetEnumerator() => this;

    /// <summary>Moves to the next line: false after the last one (the text after the last LF, empty when it ends in one).</summary>
    public bool MoveNext()
    {
        if (_done) return false;
        while (true)
        {
            // A span search, not Array.IndexOf: the generic array overload's checks cost more than the search of a short line.
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf('\n') is >= 0 and var at ? _start + at : -1;
            if (newline >= 0)
            {
                Take(newline);
                _start = newline + 1;
                return true;
            }
            if (_readAll)
            {
                Take(_end);
                _start = _end;
                _done = true;
                return true;
            }
            Fill();
        }
    }

    // The line from _start to end, cut at its comment.
    private void Take(int end)
    {
        _lineStart = _start;
        int hash = _buffer.AsSpan(_start, end - _start).IndexOf('#') is >= 0 and var at ? _start + at : -1;
        _lineLength = (hash >= 0 ? hash : end) - _start;
    }

    // Moves the unfinished line to the buffer's start and reads after it; a buffer it leaves less than two characters of
    // (a character outside the BMP is two) is doubled.
    private void Fill()
    {
        int kept = _end - _start;
        if (_buffer.Length - kept < 2)
        {
            var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            Array.Copy(_buffer, _start, larger, 0, kept);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, kept);
        }
        _start = 0;
        _end = kept;
        int read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _readAll = true;
        else _end += read;
    }

    /// <summary>Returns the buffer and disposes the reader.</summary>
    public void Dispose()
    {
        _reader.Dispose();
        if (_buffer.Length == 0) return;
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        _start = _end = _lineStart = _lineLength = 0;
    }
}
