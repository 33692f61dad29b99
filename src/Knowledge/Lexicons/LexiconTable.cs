using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Knowledge.Lexicons;

/// <summary>
/// A lexicon whose entries carry more than a word: one row a line, columns separated by tabs, '#'
/// starts a comment. The first column is the entry (a word or phrase); the others say how a rule uses
/// it (a speech verb's frames, an event trigger's type and form). Lookups by entry are case-insensitive.
/// </summary>
public sealed class LexiconTable
{
    private readonly FrozenDictionary<string, ImmutableArray<string>> _byEntry;

    private LexiconTable(string name, ImmutableArray<ImmutableArray<string>> rows)
    {
        Name = name;
        Rows = rows;
        var first = new Dictionary<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows) first.TryAdd(row[0], row);
        _byEntry = first.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The table's name (its path under models/ without extension).</summary>
    public string Name { get; }

    /// <summary>The rows in file order; each has at least one column, trimmed.</summary>
    public ImmutableArray<ImmutableArray<string>> Rows { get; }

    /// <summary>The first row whose entry is <paramref name="entry"/>, or null.</summary>
    public ImmutableArray<string>? Row(string entry) => _byEntry.TryGetValue(entry, out var row) ? row : null;

    /// <summary>The table's entries (first columns) as a word list.</summary>
    public Lexicon Entries(bool caseSensitive = false) => new(Name, Rows.Select(r => r[0]), caseSensitive);

    /// <summary>Parses the text of a table file.</summary>
    public static LexiconTable Parse(string name, string text)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var raw in text.Split('\n'))
        {
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            rows.Add([.. line.Split('\t').Select(c => c.Trim())]);
        }
        return new LexiconTable(name, rows.ToImmutable());
    }
}
