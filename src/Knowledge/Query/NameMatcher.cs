using System.Text;
using Knowledge.Graph;
using Knowledge.Lexicons;
using Knowledge.Text;

namespace Knowledge.Query;

/// <summary>
/// Matches what a user types ("Baptista", "safe harbor act", "Atty. Villanueva") against a node's label
/// and aliases: both are folded (case, accents, punctuation and honorifics) and the typed words must
/// occur as consecutive whole words of one of the names.
/// </summary>
internal sealed class NameMatcher
{
    private readonly string[] _words;
    private readonly Lexicon? _ignored;

    /// <summary>Creates a matcher for the typed text; words of <paramref name="ignored"/> (such as honorifics) are skipped on both sides.</summary>
    public NameMatcher(string typed, Lexicon? ignored = null)
    {
        _ignored = ignored;
        _words = Words(typed);
    }

    /// <summary>A matcher for a person's name: honorifics and titles before names ("Atty.", "Senator") are ignored.</summary>
    public static NameMatcher ForPerson(string typed) => new(typed, LexiconSet.Default.Titles.Honorifics);

    /// <summary>Whether the typed text had any word to match.</summary>
    public bool IsEmpty => _words.Length == 0;

    /// <summary>Whether the node's label or one of its aliases contains the typed words.</summary>
    public bool Matches(GraphNode node) =>
        !IsEmpty && (Matches(node.Label) || node.Aliases.Any(Matches));

    /// <summary>Whether a name contains the typed words, in order and next to each other.</summary>
    public bool Matches(string name)
    {
        if (IsEmpty) return false;
        var words = Words(name);
        for (int i = 0; i + _words.Length <= words.Length; i++)
        {
            int k = 0;
            while (k < _words.Length && words[i + k] == _words[k]) k++;
            if (k == _words.Length) return true;
        }
        return false;
    }

    private string[] Words(string text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                  .Where(w => _ignored is null || !_ignored.Contains(w)).ToArray();

    /// <summary>Lower case, accents removed, apostrophes dropped, other punctuation made a space.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in LatinFold.Fold(text))
        {
            if (c is '\'' or '’' or '‘') continue;
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return sb.ToString();
    }
}
