using System.Text;

namespace Knowledge.Lexicons;

/// <summary>
/// Reads lexicon files by name (their path under models/ without extension, such as "english/articles")
/// through a reader of their text, reading each file once, or from the library's embedded resources a buffer at a time.
/// The lexicon groups load their lists through it.
/// </summary>
internal sealed class LexiconLoader
{
    private readonly Func<string, string>? _readText;
    private readonly Func<string, Stream>? _open;
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public LexiconLoader(Func<string, string> readText) => _readText = readText;

    private LexiconLoader(Func<string, Stream> open) => _open = open;

    /// <summary>
    /// Loads the embedded files as streams: no file becomes one string (the largest, common-words, would be 0.3 MB).
    /// A file is opened again for each view made of it, which costs less than keeping its text.
    /// </summary>
    public static LexiconLoader Embedded(Func<string, Stream> open) => new(open);

    /// <summary>A word list: one entry a line.</summary>
    public Lexicon List(string name, bool caseSensitive = false) =>
        Parse(name, (lines, mostLines) => Lexicon.Parse(name, lines, mostLines, caseSensitive));

    /// <summary>A table: one row a line, columns separated by tabs.</summary>
    public LexiconTable Table(string name) => Parse(name, (lines, mostLines) => LexiconTable.Parse(name, lines, mostLines));

    /// <summary>A file read by a parser of its lines, given at most how many lines there are.</summary>
    public T Parse<T>(string name, Func<LexiconLines, int, T> parse)
    {
        if (_open is null)
        {
            string text = Read(name);
            return parse(new LexiconLines(text), LexiconLines.MostLines(text));
        }
        using var stream = Open(name);
        int mostLines = MostLines(stream);
        return parse(Lines(stream), mostLines);
    }

    /// <summary>A file's text, read once however many views (case-sensitive or not) are made of it.</summary>
    private string Read(string name)
    {
        if (_texts.TryGetValue(name, out var text)) return text;
        try
        {
            return _texts[name] = _readText!(name);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or KeyNotFoundException)
        {
            throw new InvalidOperationException($"The lexicon '{name}' could not be read: {e.Message}", e);
        }
    }

    private Stream Open(string name)
    {
        try
        {
            return _open!(name);
        }
        catch (KeyNotFoundException e)
        {
            throw new InvalidOperationException($"The lexicon '{name}' could not be read: {e.Message}", e);
        }
    }

    // At most one line a LF byte and one more (a UTF-8 LF is never part of another character; in UTF-16 each LF has
    // one, so the count only grows); the stream is left at its start.
    private static int MostLines(Stream stream)
    {
        int lines = 1;
        Span<byte> buffer = stackalloc byte[1024];
        for (int read; (read = stream.Read(buffer)) > 0;) lines += buffer[..read].Count((byte)'\n');
        stream.Position = 0;
        return lines;
    }

    // The file's lines, decoded as LexiconSet.ReadEmbedded decodes it: UTF-8, or by its byte order mark when it has one.
    private static LexiconLines Lines(Stream stream) => new(Decode(stream));

    /// <summary>
    /// A reader of a lexicon stream's text: UTF-8 (invalid bytes become U+FFFD, as <c>Encoding.UTF8.GetString</c> gives
    /// them), or by its byte order mark. Its buffer is the smallest a reader takes: <see cref="LexiconLines"/> reads into
    /// a larger one of its own, which the reader decodes into directly. The stream stays the caller's.
    /// </summary>
    internal static TextReader Decode(Stream stream) =>
        new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 128, leaveOpen: true);
}
