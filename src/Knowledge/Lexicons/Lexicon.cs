using System.Collections.Frozen;

namespace Knowledge.Lexicons;

/// <summary>
/// A word list from models/: one entry a line, '#' starts a comment, blank lines are ignored.
/// Lookups are case-insensitive unless the lexicon is created case-sensitive.
/// </summary>
public sealed class Lexicon
{
    private readonly FrozenSet<string> _entries;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif

    /// <summary>Creates a lexicon from entries.</summary>
    public Lexicon(string name, IEnumerable<string> entries, bool caseSensitive = false)
    {
        Name = name;
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var list = entries.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(comparer).ToList();
        _entries = list.ToFrozenSet(comparer);
#if NET9_0_OR_GREATER
        _spans = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        Entries = list;
        (_firstsBelow64, _firstsFrom64) = FirstCharacters(list, comparer);
        MaxWords = list.Count == 0 ? 0 : list.Max(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>The lexicon's name (its file name without extension).</summary>
    public string Name { get; }

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>The largest number of words in one entry.</summary>
    public int MaxWords { get; }

    /// <summary>Whether the lexicon holds an entry.</summary>
    public bool Contains(string entry) => (entry is not { Length: > 0 } || MayOpenWith(entry[0])) && _entries.Contains(entry);

    /// <summary>Whether the lexicon holds an entry (span overload, allocation-free on .NET 9+).</summary>
#if NET9_0_OR_GREATER
    public bool Contains(ReadOnlySpan<char> entry) => (entry.IsEmpty || MayOpenWith(entry[0])) && _spans.Contains(entry);
#else
    public bool Contains(ReadOnlySpan<char> entry) => (entry.IsEmpty || MayOpenWith(entry[0])) && _entries.Contains(entry.ToString());
#endif

    // The ASCII characters that equal (as the lexicon compares) the character some entry opens with, one bit a character.
    // Most words asked open with a character no entry opens with: a bit test answers them without hashing the word
    // (the lexicon lookups were a few per cent of a profile). It is exact: each bit is the comparer's own answer for
    // that ASCII character, and a word that opens with another character is looked up.
    private readonly ulong _firstsBelow64;
    private readonly ulong _firstsFrom64;

    private bool MayOpenWith(char first) =>
        first >= 128 || ((first < 64 ? _firstsBelow64 >> first : _firstsFrom64 >> (first - 64)) & 1) != 0;

    private static (ulong Below64, ulong From64) FirstCharacters(List<string> entries, StringComparer comparer)
    {
        ulong below64 = 0, from64 = 0;
        var firsts = new HashSet<string>(StringComparer.Ordinal);
        foreach (string entry in entries) firsts.Add(entry[..1]);
        for (char a = '\0'; a < 128; a++)
        {
            string ascii = a.ToString();
            foreach (string first in firsts)
            {
                if (!comparer.Equals(ascii, first)) continue;
                if (a < 64) below64 |= 1UL << a;
                else from64 |= 1UL << (a - 64);
                break;
            }
        }
        return (below64, from64);
    }

    /// <summary>Parses the text of a lexicon file.</summary>
    public static Lexicon Parse(string name, string text, bool caseSensitive = false) =>
        new(name, text.Split('\n').Select(l =>
        {
            int hash = l.IndexOf('#');
            return (hash >= 0 ? l[..hash] : l).Trim();
        }), caseSensitive);
}
