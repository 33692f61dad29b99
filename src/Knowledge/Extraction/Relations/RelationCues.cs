using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Relations;

/// <summary>A cue found between two names: the relation it gives, whether it points backwards, and the words it took.</summary>
/// <param name="Type">The edge type.</param>
/// <param name="Reverse">True when the name after the cue is the edge's source ("amended by").</param>
/// <param name="Phrase">The cue, in lower case.</param>
/// <param name="Bare">True for an everyday preposition ("under") that states the relation only with nothing but a determiner beside it.</param>
internal readonly record struct RelationCue(RelationType Type, bool Reverse, string Phrase, bool Bare = false);

/// <summary>
/// The relation-cue lexicon (models/relations/cues.txt, "phrase&lt;TAB&gt;RELATION[&lt;TAB&gt;flag]") and the
/// reading of the words between two names: they must hold exactly one cue, every other word must be
/// one of the small words the caller allows, and no punctuation but commas may stand between.
/// </summary>
internal sealed partial class RelationCues
{
    /// <summary>A word (letters, digits, apostrophes and hyphens), a comma, or one other mark: what <see cref="CueWords"/> reads.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*|,|[^\s\p{L}\p{N},]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex Word();

    private readonly List<(string[] Words, RelationCue Cue)> _cues = [];

    /// <summary>The cues by their first word, each list in the order of <see cref="_cues"/> (longest first).</summary>
    private readonly FrozenDictionary<string, (string[] Words, RelationCue Cue)[]> _byFirstWord;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, (string[] Words, RelationCue Cue)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstSpan;
#endif

    /// <summary>The flag of a cue whose later name is the edge's source.</summary>
    private const string ReverseFlag = "reverse";

    /// <summary>The flag of a cue that is an everyday preposition.</summary>
    private const string BareFlag = "bare";

    public RelationCues(LexiconTable table)
    {
        foreach (var row in table.Rows)
        {
            if (row.Length < 2 || !Enum.TryParse<RelationType>(row[1].Replace("_", ""), ignoreCase: true, out var type)) continue;
            var words = row[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            var flags = row.Length > 2 ? row[2].Split(',', StringSplitOptions.TrimEntries) : [];
            _cues.Add((words, new RelationCue(type, flags.Contains(ReverseFlag), string.Join(' ', words), flags.Contains(BareFlag))));
        }
        _cues.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _byFirstWord = _cues.GroupBy(c => c.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _byFirstSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>
    /// The one cue of the given kinds in <paramref name="words"/> (from word <paramref name="from"/> on) when every
    /// other word is a comma or fills the slot <paramref name="fillers"/>; <paramref name="mustEnd"/> asks the cue to
    /// be the last words but for those that fill <paramref name="after"/>.
    /// </summary>
    public RelationCue? Find(CueWords words, int from, Func<RelationType, bool> kinds, RelationWords slots, RelationSlot fillers, bool mustEnd = false, RelationSlot? after = null)
    {
        RelationCue? found = null;
        for (int i = from; i < words.Count;)
        {
            var cue = At(words, i, kinds);
            if (cue is { } c && found is null)
            {
                found = c.Cue;
                i += c.Length;
                if (mustEnd)
                {
                    for (int k = i; k < words.Count; k++)
                        if (after is not { } a || !slots.Is(words[k], a)) return null;
                    return found;
                }
                continue;
            }
            if (!words.IsComma(i) && !slots.Is(words[i], fillers)) return null;
            i++;
        }
        return found;
    }

    /// <summary>Whether some cue opens with <paramref name="word"/> (in lower case, as <see cref="CueWords"/> reads it).</summary>
    public bool OpensCue(ReadOnlySpan<char> word) =>
#if NET9_0_OR_GREATER
        _byFirstSpan.ContainsKey(word);
#else
        _byFirstWord.ContainsKey(word.ToString());
#endif

    private (RelationCue Cue, int Length)? At(CueWords words, int i, Func<RelationType, bool> kinds)
    {
#if NET9_0_OR_GREATER
        if (!_byFirstSpan.TryGetValue(words[i], out var cues)) return null;
#else
        if (!_byFirstWord.TryGetValue(words[i].ToString(), out var cues)) return null;
#endif
        // Only the cues that open with the word can match there; among them the first in the lexicon's order wins, as before.
        foreach (var (cueWords, cue) in cues)
        {
            if (!kinds(cue.Type) || i + cueWords.Length > words.Count) continue;
            int k = 0;
            while (k < cueWords.Length && words[i + k].SequenceEqual(cueWords[k])) k++;
            if (k == cueWords.Length) return (cue, cueWords.Length);
        }
        return null;
    }
}
