using System.Collections.Frozen;
using Knowledge.Lexicons;

namespace Knowledge.Extraction.Roles;

/// <summary>
/// The function words around titles (models/roles/role-words.txt) and the slots they fill, matched
/// case-sensitively; a phrase entry ("one of the") is matched token by token.
/// </summary>
internal sealed class RoleWords
{
    private readonly FrozenSet<(string Word, RoleSlot Slot)> _words;
    private readonly FrozenDictionary<RoleSlot, string[][]> _phrases;

    public RoleWords(LexiconSet lex)
    {
        var words = new HashSet<(string, RoleSlot)>();
        var phrases = new Dictionary<RoleSlot, List<string[]>>();
        foreach (var row in lex.Roles.Words.Rows)
        {
            if (row.Length < 2) continue;
            var slot = Enum.Parse<RoleSlot>(row[1].Replace("-", ""), ignoreCase: true);
            var parts = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1) words.Add((parts[0], slot));
            else (phrases.TryGetValue(slot, out var l) ? l : phrases[slot] = []).Add(parts);
        }
        _words = words.ToFrozenSet();
        _phrases = phrases.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Whether a word fills a slot.</summary>
    public bool Is(string word, RoleSlot slot) => _words.Contains((word, slot));

    /// <summary>The number of tokens of a phrase of the slot that starts at token <paramref name="i"/> (before <paramref name="end"/>), or 0.</summary>
    public int PhraseAt(Syntax.Doc doc, int i, int end, RoleSlot slot)
    {
        if (!_phrases.TryGetValue(slot, out var phrases)) return 0;
        foreach (var p in phrases)
        {
            if (i + p.Length > end) continue;
            bool all = true;
            for (int k = 0; k < p.Length && all; k++) all = doc.TextOf(doc.Tokens[i + k]) == p[k];
            if (all) return p.Length;
        }
        return 0;
    }
}
