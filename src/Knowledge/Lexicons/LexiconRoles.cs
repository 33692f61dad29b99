using System.Collections.Frozen;

namespace Knowledge.Lexicons;

/// <summary>
/// A typed view of a table of function words and the roles they play (word&lt;TAB&gt;role, a word on as many
/// rows as it has roles): one case-insensitive lexicon per role. A role is written in kebab case
/// ("person-pronoun") and names a <typeparamref name="TRole"/> value (PersonPronoun).
/// </summary>
/// <typeparam name="TRole">The roles the table's second column names.</typeparam>
internal sealed class LexiconRoles<TRole> where TRole : struct, Enum
{
    private readonly FrozenDictionary<TRole, Lexicon> _byRole;

    public LexiconRoles(LexiconTable table)
    {
        var words = Enum.GetValues<TRole>().ToDictionary(r => r, _ => new List<string>());
        foreach (var row in table.Rows)
        {
            if (row.Length < 2 || !Enum.TryParse<TRole>(row[1].Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var role) || !Enum.IsDefined(role))
                throw new InvalidOperationException($"The lexicon '{table.Name}' gives '{row[0]}' no role of {typeof(TRole).Name}: '{(row.Length < 2 ? "" : row[1])}'.");
            words[role].Add(row[0]);
        }
        _byRole = words.ToFrozenDictionary(w => w.Key, w => new Lexicon($"{table.Name}:{w.Key}", w.Value));
    }

    /// <summary>The words that play a role.</summary>
    public Lexicon this[TRole role] => _byRole[role];

    /// <summary>Whether a word plays a role.</summary>
    public bool Is(string word, TRole role) => _byRole[role].Contains(word);

    /// <summary>Whether a word plays a role (span overload: the word is read in place).</summary>
    public bool Is(ReadOnlySpan<char> word, TRole role) => _byRole[role].Contains(word);
}
