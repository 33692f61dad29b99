namespace Knowledge.Lexicons;

/// <summary>
/// The common English words of models/english/common-words.txt (a word, a tab, its most frequent part of speech) with
/// the part of speech each is read as: what <see cref="CommonWords"/> asks of a word. It keeps no rows: as a
/// <see cref="LexiconTable"/> the file's ten thousand rows were an array each and a quarter of the lexicons' start-up.
/// </summary>
internal sealed class CommonWordTable
{
    private readonly Dictionary<string, CommonWordKind?> _kinds;

    private CommonWordTable(Dictionary<string, CommonWordKind?> kinds) => _kinds = kinds;

    /// <summary>
    /// Whether the table has a row for the word (in any case), and the part of speech of the first such row: null when
    /// the row has no second column or it names no <see cref="CommonWordKind"/>.
    /// </summary>
    public bool TryGetKind(string word, out CommonWordKind? kind) => _kinds.TryGetValue(word, out kind);

    /// <summary>The number of distinct words.</summary>
    public int Count => _kinds.Count;

    /// <summary>Reads the lines of the file as <see cref="LexiconTable.Parse(string, string)"/> reads a table's.</summary>
    public static CommonWordTable Parse(LexiconLines lines, int mostLines)
    {
        var kinds = new Dictionary<string, CommonWordKind?>(mostLines, StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
        var spans = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        // The column holds a handful of distinct texts ("noun", "verb"), each parsed once.
        var parsedKinds = new List<(string Text, CommonWordKind? Kind)>();
        foreach (var withoutComment in lines)
        {
            var line = withoutComment.TrimEnd('\r');
            if (line.Trim().IsEmpty) continue;
            int tab = line.IndexOf('\t');
            var word = (tab < 0 ? line : line[..tab]).Trim();
#if NET9_0_OR_GREATER
            if (spans.ContainsKey(word)) continue;
#endif
            CommonWordKind? kind = null;
            if (tab >= 0)
            {
                var rest = line[(tab + 1)..];
                int next = rest.IndexOf('\t');
                kind = KindOf((next < 0 ? rest : rest[..next]).Trim(), parsedKinds);
            }
            kinds.TryAdd(word.ToString(), kind);
        }
        return new CommonWordTable(kinds);
    }

    /// <summary>
    /// The part of speech a column names (as Enum.TryParse, ignoring case, reads it; null for none), from the texts met
    /// before in the file: ten thousand rows share a few texts, and parsing an enum's name was a twentieth of a
    /// one-document run's start-up.
    /// </summary>
    private static CommonWordKind? KindOf(ReadOnlySpan<char> text, List<(string Text, CommonWordKind? Kind)> parsed)
    {
        foreach (var (known, kind) in parsed)
            if (text.SequenceEqual(known)) return kind;
        CommonWordKind? result = Enum.TryParse<CommonWordKind>(text, ignoreCase: true, out var value) ? value : null;
        // Bounded: a file whose column holds many texts is parsed a row at a time past the first few.
        if (parsed.Count < 32) parsed.Add((text.ToString(), result));
        return result;
    }
}
