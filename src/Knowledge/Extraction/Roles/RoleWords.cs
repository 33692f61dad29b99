using System.Collections.Frozen;
using Knowledge.Lexicons;

namespace Knowledge.Extraction.Roles;

/// <summary>
/// The function words around titles (models/roles/role-words.txt) and the slots they fill, matched
/// case-sensitively; a phrase entry ("one of the") is matched token by token.
/// </summary>
internal sealed class RoleWords
{
    private readonly FrozenSet<string>[] _words;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _spans;
#endif
    private readonly FrozenDictionary<RoleSlot, string[][]> _phrases;

    public RoleWords(LexiconSet lex)
    {
        var slots = Enum.GetValues<RoleSlot>();
        var words = new HashSet<string>[slots.Max(s => (int)s) + 1];
        for (int k = 0; k < words.Length; k++) words[k] = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new Dictionary<RoleSlot, List<string[]>>();
        foreach (var row in lex.Roles.Words.Rows)
        {
            if (row.Length < 2) continue;
            var slot = Enum.Parse<RoleSlot>(row[1].Replace("-", ""), ignoreCase: true);
            var parts = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1) words[(int)slot].Add(parts[0]);
            else (phrases.TryGetValue(slot, out var l) ? l : phrases[slot] = []).Add(parts);
        }
        _words = [.. words.Select(w => w.ToFrozenSet(StringComparer.Ordinal))];
#if NET9_0_OR_GREATER
        _spans = [.. _words.Select(w => w.GetAlternateLookup<ReadOnlySpan<char>>())];
#endif
        _phrases = phrases.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Whether a word fills a slot.</summary>
    public bool Is(string word, RoleSlot slot) => _words[(int)slot].Contains(word);

    /// <summary>Whether a word, as a span, fills a slot.</summary>
#if NET9_0_OR_GREATER
    public bool Is(ReadOnlySpan<char> word, RoleSlot slot) => _spans[(int)slot].Contains(word);
#else
    public bool Is(ReadOnlySpan<char> word, RoleSlot slot) => _words[(int)slot].Contains(word.ToString());
#endif

    /// <summary>The number of tokens of a phrase of the slot that starts at token <paramref name="i"/> (before <paramref name="end"/>), or 0.</summary>
    public int PhraseAt(Syntax.Doc doc, int i, int end, RoleSlot slot)
    {
        if (!_phrases.TryGetValue(slot, out var phrases)) return 0;
        foreach (var p in phrases)
        {
            if (i + p.Length > end) continue;
            bool all = true;
            for (int k = 0; k < p.Length && all; k++) all = doc.SpanOf(doc.Tokens[i + k]).SequenceEqual(p[k]);
            if (all) return p.Length;
        }
        return 0;
    }
}
