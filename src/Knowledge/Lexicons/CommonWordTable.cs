namespace Knowledge.Lexicons;

/// <summary>
/// The common English words of models/english/common-words.txt (a word, a tab, its most frequent part of speech) with
/// the part of speech each is read as: what <see cref="CommonWords"/> asks of a word. It keeps no rows: as a
/// <see cref="LexiconTable"/> the file's ten thousand rows were an array each and a quarter of the lexicons' start-up.
/// The words are packed (<see cref="PackedWords"/>), not a string each, with each one's part of speech at its index.
/// </summary>
internal sealed class CommonWordTable
{
    private readonly PackedWords _words;
    private readonly CommonWordKind?[] _kinds;

    private CommonWordTable(PackedWords words, CommonWordKind?[] kinds) => (_words, _kinds) = (words, kinds);

    /// <summary>
    /// Whether the table has a row for the word (in any case), and the part of speech of the first such row: null when
    /// the row has no second column or it names no <see cref="CommonWordKind"/>.
    /// </summary>
    public bool TryGetKind(ReadOnlySpan<char> word, out CommonWordKind? kind)
    {
        int index = _words.IndexOf(word);
        kind = index >= 0 ? _kinds[index] : null;
        return index >= 0;
    }

    /// <summary>The number of distinct words.</summary>
    public int Count => _words.Count;

    /// <summary>Reads the lines of the file as <see cref="LexiconTable.Parse(string, string)"/> reads a table's.</summary>
    public static CommonWordTable Parse(LexiconLines lines, int mostLines)
    {
        var words = new PackedWords(ignoreCase: true, mostLines, mostLines * 8);
        var kinds = new List<CommonWordKind?>(mostLines);
        // The column holds a handful of distinct texts ("noun", "verb"), each parsed once.
        var parsedKinds = new List<(string Text, CommonWordKind? Kind)>();
        foreach (var withoutComment in lines)
        {
            var line = withoutComment.TrimEnd('\r');
            if (line.Trim().IsEmpty) continue;
            int tab = line.IndexOf('\t');
            var word = (tab < 0 ? line : line[..tab]).Trim();
            // A word met before keeps its first row's part of speech; a new one's goes at its index.
            if (!words.Add(word)) continue;
            CommonWordKind? kind = null;
            if (tab >= 0)
            {
                var rest = line[(tab + 1)..];
                int next = rest.IndexOf('\t');
                kind = KindOf((next < 0 ? rest : rest[..next]).Trim(), parsedKinds);
            }
            kinds.Add(kind);
        }
        return new CommonWordTable(words, [.. kinds]);
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
