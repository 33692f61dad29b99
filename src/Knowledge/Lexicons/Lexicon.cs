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
        MaxWords = list.Count == 0 ? 0 : list.Max(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>The lexicon's name (its file name without extension).</summary>
    public string Name { get; }

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>The largest number of words in one entry.</summary>
    public int MaxWords { get; }

    /// <summary>Whether the lexicon holds an entry.</summary>
    public bool Contains(string entry) => _entries.Contains(entry);

    /// <summary>Whether the lexicon holds an entry (span overload, allocation-free on .NET 9+).</summary>
#if NET9_0_OR_GREATER
    public bool Contains(ReadOnlySpan<char> entry) => _spans.Contains(entry);
#else
    public bool Contains(ReadOnlySpan<char> entry) => _entries.Contains(entry.ToString());
#endif

    /// <summary>Parses the text of a lexicon file.</summary>
    public static Lexicon Parse(string name, string text, bool caseSensitive = false) =>
        new(name, text.Split('\n').Select(l =>
        {
            int hash = l.IndexOf('#');
            return (hash >= 0 ? l[..hash] : l).Trim();
        }), caseSensitive);
}
