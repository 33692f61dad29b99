
namespace Knowledge.Lexicons;

/// <summary>
/// Tells a capitalised common English word ("Public", "Safety", "Watch", "Survivors") from a word that
/// may be a name, with the WordNet list of common words (models/english/common-words.txt): a word is
/// common when it or its singular is on the list and no name list (given names) holds it.
/// </summary>
internal sealed class CommonWords
{
    private readonly LexiconSet _lex;

    public CommonWords(LexiconSet lexicons) => _lex = lexicons;

    /// <summary>The word's most frequent part of speech, or null when it is not a common word or is a given name.</summary>
    public CommonWordKind? KindOf(string word)
    {
        if (word.Length < 2 || !char.IsLetter(word[0]) || !RestIsLower(word) || _lex.Names.GivenNames.Contains(word)) return null;
        var table = _lex.English.CommonWords;
        return table.TryGetKind(word, out var kind) || table.TryGetKind(Singular(word), out kind) ? kind : null;
    }

    private static bool RestIsLower(string word)
    {
        for (int i = 1; i < word.Length; i++)
            if (!char.IsLower(word[i])) return false;
        return true;
    }

    /// <summary>Whether the word is a common word (and not a given name).</summary>
    public bool IsCommon(string word) => KindOf(word) is not null;

    /// <summary>
    /// <see cref="Singular(string)"/> of a span: the word itself, or its singular written into <paramref name="buffer"/>
    /// (a new array when it does not fit), so nothing is allocated for most words.
    /// </summary>
    public ReadOnlySpan<char> Singular(ReadOnlySpan<char> word, Span<char> buffer)
    {
        foreach (var row in _lex.English.PluralEndings.Rows)
        {
            if (row.Length < 3 || !word.EndsWith(row[0], StringComparison.OrdinalIgnoreCase) || word.Length < int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture)) continue;
            if (row[1] == "=") return word;
            var stem = word[..^row[0].Length];
            int length = stem.Length + row[1].Length;
            var into = length <= buffer.Length ? buffer[..length] : new char[length];
            stem.CopyTo(into);
            row[1].AsSpan().CopyTo(into[stem.Length..]);
            return into;
        }
        return word;
    }

    /// <summary>The singular of a plural word by the plural endings ("Companies" → "Company"); other words unchanged.</summary>
    public string Singular(string word)
    {
        foreach (var row in _lex.English.PluralEndings.Rows)
        {
            if (row.Length < 3 || !word.EndsWith(row[0], StringComparison.OrdinalIgnoreCase) || word.Length < int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture)) continue;
            return row[1] == "=" ? word : word[..^row[0].Length] + row[1];
        }
        return word;
    }
}
