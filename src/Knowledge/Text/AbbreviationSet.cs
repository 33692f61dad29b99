using Knowledge.Lexicons;

namespace Knowledge.Text;

/// <summary>
/// Abbreviations of both lexicons, matched with attention to case: an entry written in lower case
/// ("e.g.", "approx.") matches in any case; one with capitals ("Inc.", "No.", "Sec.") matches as written or in
/// all capitals, so that "sat." or "art." at the end of a sentence are not taken for "Sat." or "Art.".
/// </summary>
internal sealed class AbbreviationSet
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anyCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _upper = new(StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Exact => _exact.GetAlternateLookup<ReadOnlySpan<char>>();
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyCase => _anyCase.GetAlternateLookup<ReadOnlySpan<char>>();
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Upper => _upper.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    public AbbreviationSet(params Lexicon[] lexicons)
    {
        foreach (var lexicon in lexicons)
            foreach (var entry in lexicon.Entries)
            {
                _exact.Add(entry);
                _upper.Add(entry);
                if (entry == entry.ToLowerInvariant()) _anyCase.Add(entry);
            }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        // Looked up as a span: no string per candidate abbreviation.
        if (Exact.Contains(word) || AnyCase.Contains(word)) return true;
#else
        var s = word.ToString();
        if (_exact.Contains(s) || _anyCase.Contains(s)) return true;
#endif
        bool allUpper = true;
        foreach (char c in word) if (char.IsLower(c)) { allUpper = false; break; }
#if NET9_0_OR_GREATER
        return allUpper && Upper.Contains(word);
#else
        return allUpper && _upper.Contains(s);
#endif
    }
}
