using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Knowledge.Lexicons;

/// <summary>
/// A lexicon whose entries carry more than a word: one row a line, columns separated by tabs, '#'
/// starts a comment. The first column is the entry (a word or phrase); the others say how a rule uses
/// it (a speech verb's frames, an event trigger's type and form). Lookups by entry are case-insensitive.
/// </summary>
public sealed class LexiconTable
{
    // Each entry's first row, made on the first look-up: the rules read the rows, and only a caller of Row looks an entry
    // up (freezing a dictionary of every table at start-up cost more than all the look-ups). A race makes two equal ones.
    private Dictionary<string, ImmutableArray<string>>? _byEntry;

    private LexiconTable(string name, ImmutableArray<ImmutableArray<string>> rows)
    {
        Name = name;
        Rows = rows;
    }

    /// <summary>The table's name (its path under models/ without extension).</summary>
    public string Name { get; }

    /// <summary>The rows in file order; each has at least one column, trimmed.</summary>
    public ImmutableArray<ImmutableArray<string>> Rows { get; }

    /// <summary>The first row whose entry is <paramref name="entry"/>, or null.</summary>
    public ImmutableArray<string>? Row(string entry) => ByEntry().TryGetValue(entry, out var row) ? row : null;

    private Dictionary<string, ImmutableArray<string>> ByEntry()
    {
        if (Volatile.Read(ref _byEntry) is { } made) return made;
        var first = new Dictionary<string, ImmutableArray<string>>(Rows.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows) first.TryAdd(row[0], row);
        return Interlocked.CompareExchange(ref _byEntry, first, null) ?? first;
    }

    /// <summary>The table's entries (first columns) as a word list.</summary>
    public Lexicon Entries(bool caseSensitive = false) => new(Name, Rows.Select(r => r[0]), caseSensitive);

    /// <summary>Parses the text of a table file.</summary>
    public static LexiconTable Parse(string name, string text) => Parse(name, new LexiconLines(text), LexiconLines.MostLines(text));

    /// <summary>Parses the lines of a table file, of which there are at most <paramref name="mostLines"/>.</summary>
    internal static LexiconTable Parse(string name, LexiconLines lines, int mostLines)
    {
        // Each line is read in place: only the columns become strings, and a column after the first that repeats an
        // earlier row's (a part of speech, a role: a handful of values over thousands of rows) is that row's string.
        // The rows are gathered in a builder sized for a row a line.
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>(mostLines);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var withoutComment in lines)
        {
            var line = withoutComment.TrimEnd('\r');
            if (line.Trim().IsEmpty) continue;
            var columns = new string[line.Count('\t') + 1];
            for (int c = 0; c < columns.Length; c++)
            {
                int tab = line.IndexOf('\t');
                var column = (tab < 0 ? line : line[..tab]).Trim();
                columns[c] = c == 0 ? column.ToString() : Shared(values, column);
                line = tab < 0 ? [] : line[(tab + 1)..];
            }
            rows.Add(ImmutableCollectionsMarshal.AsImmutableArray(columns));
        }
        return new LexiconTable(name, rows.ToImmutable());
    }

    // The string of a value met before, or a new one kept for the rows after.
    private static string Shared(Dictionary<string, string> values, ReadOnlySpan<char> value)
    {
#if NET9_0_OR_GREATER
        if (values.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var known)) return known;
#endif
        string text = value.ToString();
        return values.TryAdd(text, text) ? text : values[text];
    }
}
