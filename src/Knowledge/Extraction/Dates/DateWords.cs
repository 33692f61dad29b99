using System.Collections.Frozen;
using Knowledge.Lexicons;

namespace Knowledge.Extraction.Dates;

/// <summary>
/// The function words of dates (models/dates/date-words.txt) with the roles they play, and the small
/// number words of models/english/number-words.txt with their values (a word's value is its line).
/// </summary>
internal sealed class DateWords
{
    private readonly FrozenDictionary<(string Word, DateWordRole Role), string> _roles;
    private readonly FrozenDictionary<string, int> _numbers;
    private readonly Lexicon _ordinalSuffixes;

    public DateWords(LexiconSet lex)
    {
        var roles = new Dictionary<(string, DateWordRole), string>();
        foreach (var row in lex.Dates.Words.Rows)
        {
            if (row.Length < 2) continue;
            var role = Enum.Parse<DateWordRole>(row[1].Replace("-", ""), ignoreCase: true);
            roles.TryAdd((row[0].ToLowerInvariant(), role), row.Length > 2 ? row[2] : "");
        }
        _roles = roles.ToFrozenDictionary();
        _ordinalSuffixes = lex.English.OrdinalSuffixes;
        _numbers = lex.English.NumberWords.Entries.Select((w, i) => (w, i))
            .ToFrozenDictionary(x => x.w, x => x.i, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether a word plays a role.</summary>
    public bool Is(string word, DateWordRole role) => _roles.ContainsKey((word.ToLowerInvariant(), role));

    /// <summary>The value a word has in a role ("-1" for "yesterday" as a day), or null when it does not play it.</summary>
    public string? Value(string word, DateWordRole role) => _roles.TryGetValue((word.ToLowerInvariant(), role), out var v) ? v : null;

    /// <summary>The period a word names in the singular ("month"), or null.</summary>
    public TimePeriod? Period(string word) => ParsePeriod(Value(word, DateWordRole.Period));

    /// <summary>The period a word names in the singular or the plural ("months"), or null.</summary>
    public TimePeriod? PeriodOrPeriods(string word) => Period(word) ?? ParsePeriod(Value(word, DateWordRole.Periods));

    private static TimePeriod? ParsePeriod(string? value) =>
        value is null ? null : Enum.Parse<TimePeriod>(value.Replace("-", ""), ignoreCase: true);

    /// <summary>Whether a word is the ending of an ordinal written with digits ("st" of "1st").</summary>
    public bool IsOrdinalSuffix(string word) => _ordinalSuffixes.Contains(word);

    /// <summary>The value of a number word ("two" → 2), or -1.</summary>
    public int Number(string word) => _numbers.TryGetValue(word, out int n) ? n : -1;
}
