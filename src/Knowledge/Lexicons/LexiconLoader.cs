namespace Knowledge.Lexicons;

/// <summary>
/// Reads lexicon files by name (their path under models/ without extension, such as "english/articles")
/// through a reader, reading each file once. The lexicon groups load their lists through it.
/// </summary>
internal sealed class LexiconLoader
{
    private readonly Func<string, string> _readText;
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public LexiconLoader(Func<string, string> readText) => _readText = readText;

    /// <summary>A word list: one entry a line.</summary>
    public Lexicon List(string name, bool caseSensitive = false) => Lexicon.Parse(name, Read(name), caseSensitive);

    /// <summary>A table: one row a line, columns separated by tabs.</summary>
    public LexiconTable Table(string name) => LexiconTable.Parse(name, Read(name));

    /// <summary>A file's text, read once however many views (case-sensitive or not) are made of it.</summary>
    private string Read(string name)
    {
        if (_texts.TryGetValue(name, out var text)) return text;
        try
        {
            return _texts[name] = _readText(name);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or KeyNotFoundException)
        {
            throw new InvalidOperationException($"The lexicon '{name}' could not be read: {e.Message}", e);
        }
    }
}
