using System.Collections.Frozen;
using Knowledge.Lexicons;

namespace Knowledge.Extraction.Dates;

/// <summary>
/// The function words of dates (models/dates/date-words.txt) with the roles they play, and the small
/// number words of models/english/number-words.txt with their values (a word's value is its line).
/// </summary>
internal sealed class DateWords
{
    /// <summary>
    /// Each lower-cased word of the table with the values of all its roles (by the role's number, null where it plays
    /// none): one lookup answers every role of a word, where the relative dates asked three or four roles in turn.
    /// </summary>
    private readonly Dictionary<string, string?[]> _wordRoles;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string?[]>.AlternateLookup<ReadOnlySpan<char>> _spanWordRoles;
#endif
    private readonly int _longest;

    /// <summary>
    /// The ASCII characters a lower-cased word of the table opens with: an ASCII word's lower-cased form opens with the
    /// lower-cased ASCII character, so a word that opens with another plays no role (numbers, most words) without a lookup.
    /// </summary>
    private readonly bool[] _opensWith = new bool[128];
    private readonly FrozenDictionary<string, int> _numbers;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanNumbers;
#endif
    private readonly Lexicon _ordinalSuffixes;
    private readonly DateStarters _starters;

    public DateWords(LexiconSet lex)
    {
        // For each role (by its number), the lower-cased words that play it and their values (the first row's).
        var roles = new Dictionary<string, string>[Enum.GetValues<DateWordRole>().Length];
        for (int r = 0; r < roles.Length; r++) roles[r] = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in lex.Dates.Words.Rows)
        {
            if (row.Length < 2) continue;
            var role = Enum.Parse<DateWordRole>(row[1].Replace("-", ""), ignoreCase: true);
            string word = row[0].ToLowerInvariant();
            roles[(int)role].TryAdd(word, row.Length > 2 ? row[2] : "");
            _longest = Math.Max(_longest, word.Length);
            if (word.Length > 0 && word[0] < 128) _opensWith[word[0]] = true;
        }
        _wordRoles = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        for (int r = 0; r < roles.Length; r++)
        {
            foreach (var (word, value) in roles[r])
            {
                if (!_wordRoles.TryGetValue(word, out var values)) _wordRoles.Add(word, values = new string?[roles.Length]);
                values[r] = value;
            }
        }
#if NET9_0_OR_GREATER
        _spanWordRoles = _wordRoles.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        _ordinalSuffixes = lex.English.OrdinalSuffixes;
        _numbers = lex.English.NumberWords.Entries.Select((w, i) => (w, i))
            .ToFrozenDictionary(x => x.w, x => x.i, StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
        _spanNumbers = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        _starters = lex.DateStarters;
    }

    /// <summary>
    /// Whether a word that is not a number may start a date: a month or weekday name, a relative day ("today"),
    /// a deictic ("last", "earlier") or a count word ("a", "two"), in any case (<see cref="DateStarters.MayStart"/>).
    /// </summary>
    public bool MayStart(ReadOnlySpan<char> word) => _starters.MayStart(word);

    /// <summary>Whether a word plays a role (in any case).</summary>
    public bool Is(ReadOnlySpan<char> word, DateWordRole role) => Value(word, role) is not null;

    /// <summary>The value a word has in a role ("-1" for "yesterday" as a day), or null when it does not play it.</summary>
    public string? Value(ReadOnlySpan<char> word, DateWordRole role) => RolesOf(word).Value(role);

    /// <summary>Every role a word plays (in any case), from one lookup.</summary>
    /// <remarks>
    /// The word is lower-cased (invariant culture, as the table was) into a stack buffer and looked up by span, so
    /// a token's text is neither copied nor lower-cased into a new string (.NET 9+; net8.0 makes one string).
    /// A word longer than every word of the table, or opening with an ASCII character no word of it opens with (any
    /// number), plays no role.
    /// </remarks>
    public DateWordRoles RolesOf(ReadOnlySpan<char> word)
    {
        if (word.Length > _longest || word.Length > 0 && word[0] < 128 && !_opensWith[char.ToLowerInvariant(word[0])]) return default;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
#if NET9_0_OR_GREATER
        return _spanWordRoles.TryGetValue(lower, out var values) ? new DateWordRoles(values) : default;
#else
        return _wordRoles.TryGetValue(lower.ToString(), out var values) ? new DateWordRoles(values) : default;
#endif
    }

    /// <summary>The period a word names in the singular ("month"), or null.</summary>
    public TimePeriod? Period(ReadOnlySpan<char> word) => ParsePeriod(Value(word, DateWordRole.Period));

    /// <summary>The period a word names in the singular or the plural ("months"), or null.</summary>
    public TimePeriod? PeriodOrPeriods(ReadOnlySpan<char> word) => Period(word) ?? ParsePeriod(Value(word, DateWordRole.Periods));

    private static TimePeriod? ParsePeriod(string? value) =>
        value is null ? null : Enum.Parse<TimePeriod>(value.Replace("-", ""), ignoreCase: true);

    /// <summary>Whether a word is the ending of an ordinal written with digits ("st" of "1st").</summary>
    public bool IsOrdinalSuffix(ReadOnlySpan<char> word) => _ordinalSuffixes.Contains(word);

    /// <summary>The value of a number word ("two" → 2), or -1.</summary>
#if NET9_0_OR_GREATER
    public int Number(ReadOnlySpan<char> word) => _spanNumbers.TryGetValue(word, out int n) ? n : -1;
#else
    public int Number(ReadOnlySpan<char> word) => _numbers.TryGetValue(word.ToString(), out int n) ? n : -1;
#endif
}
