using System.Text.RegularExpressions;
using Knowledge.Lexicons;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Pieces of the regular expressions the entity and law rules build from lexicons at construction:
/// ASCII character classes, and an alternation of a lexicon's entries.
/// </summary>
internal static class PatternParts
{
    /// <summary>An ASCII capital letter.</summary>
    public const string Capital = "[A-Z]";

    /// <summary>An ASCII capital letter or a digit.</summary>
    public const string CapitalOrDigit = "[A-Z0-9]";

    /// <summary>An ASCII lower-case letter.</summary>
    public const string Lower = "[a-z]";

    /// <summary>An ASCII letter or a period.</summary>
    public const string LetterOrPeriod = "[A-Za-z.]";

    /// <summary>The match timeout of the patterns built here.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A non-capturing alternation of a lexicon's entries, escaped, in file order.</summary>
    public static string Alternation(Lexicon words) => Alternation(words.Entries);

    /// <summary>A non-capturing alternation of the given words, escaped, in order.</summary>
    public static string Alternation(IEnumerable<string> words) => "(?:" + string.Join("|", words.Select(Regex.Escape)) + ")";

    /// <summary>A lexicon's entries as written and with a capital first letter ("the", "The"), for patterns that accept both.</summary>
    public static IEnumerable<string> WithCapitalized(Lexicon words) =>
        words.Entries.SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..] }).Distinct(StringComparer.Ordinal);
}
