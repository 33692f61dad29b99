namespace Knowledge.Extraction.Relations;

/// <summary>
/// The words and commas of the text between two names, lower-cased into one reused buffer: what
/// <see cref="RelationCues.Word"/> matches (a word of letters, digits, apostrophes and hyphens, a comma, or one
/// other mark), read without a regex and without a string per word. Not thread-safe: one per thread, the finders using it one after the other.
/// </summary>
internal sealed class CueWords
{
    private char[] _buffer = new char[256];
    private (int Start, int Length)[] _words = new (int, int)[32];
    private int _used;

    /// <summary>The number of words read.</summary>
    public int Count { get; private set; }

    /// <summary>The word at <paramref name="i"/>, in lower case.</summary>
    public ReadOnlySpan<char> this[int i] => _buffer.AsSpan(_words[i].Start, _words[i].Length);

    /// <summary>Whether the word at <paramref name="i"/> is a comma.</summary>
    public bool IsComma(int i) => _words[i].Length == 1 && _buffer[_words[i].Start] == ',';

    /// <summary>Forgets the words read.</summary>
    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    /// <summary>Clears, then reads <paramref name="text"/>; false when it holds punctuation other than commas.</summary>
    public bool Read(ReadOnlySpan<char> text)
    {
        Clear();
        return Append(text);
    }

    /// <summary>Appends a comma, as a clause replaced by one reads.</summary>
    public void AppendComma() => Add(",");

    /// <summary>Appends the words of <paramref name="text"/>; false when it holds punctuation other than commas.</summary>
    public bool Append(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetter(c) || char.IsNumber(c))
            {
                int end = i + 1;
                while (end < text.Length && (char.IsLetter(text[end]) || char.IsNumber(text[end]) || text[end] is '\'' or '’' or '-')) end++;
                // As before: a one-character word that is a number but no digit ("½") counts as a mark.
                if (end == i + 1 && !char.IsLetterOrDigit(c)) return false;
                Add(text[i..end]);
                i = end;
                continue;
            }
            if (c != ',') return false;
            Add(",");
            i++;
        }
        return true;
    }

    private void Add(ReadOnlySpan<char> word)
    {
        if (_used + word.Length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + word.Length));
        if (Count == _words.Length) Array.Resize(ref _words, _words.Length * 2);
        int written = word.ToLowerInvariant(_buffer.AsSpan(_used));
        _words[Count++] = (_used, written);
        _used += written;
    }
}
