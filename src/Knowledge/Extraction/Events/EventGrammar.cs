using System.Globalization;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// The little grammar the event rules need around a trigger: the auxiliaries before it (passive,
/// perfect, modal, negated, conditional), whether a participle is used as an adjective, and counts
/// that make a sentence a statistic rather than an event.
/// </summary>
internal static class EventGrammar
{
    /// <summary>What stands before a verb: its auxiliaries and the word that ended the look-back.</summary>
    /// <param name="Passive">A form of "be" precedes it.</param>
    /// <param name="Perfect">A form of "have" precedes it.</param>
    /// <param name="Blocked">A modal, "to", a negation or a conditional governs it.</param>
    /// <param name="Stop">Index of the first token before the auxiliaries.</param>
    public readonly record struct Auxiliaries(bool Passive, bool Perfect, bool Blocked, int Stop);

    /// <summary>Reads the auxiliaries before token <paramref name="i"/>.</summary>
    public static Auxiliaries Before(EventSentence s, int i)
    {
        bool passive = false, perfect = false;
        int j = i - 1;
        for (; j >= s.First && i - j <= 5; j--)
        {
            var w = s.Lower(j);
            if (EventWords.Be.Contains(w)) { passive = true; continue; }
            if (EventWords.Have.Contains(w)) { perfect = true; continue; }
            if (EventWords.Between.Contains(w) || (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4 && s.Kind(j) == TokenKind.Word && !char.IsUpper(s.Word(j)[0]))) continue;
            // "was convicted and sentenced": the second participle shares the first one's auxiliaries.
            if (w is "and" or "or" && IsParticiple(s, j - 1)) { j--; i = j; continue; }
            break;
        }
        var stop = s.Lower(j);
        bool blocked = EventWords.Negations.Contains(stop) || EventWords.Conditionals.Contains(stop)
            || (EventWords.Modals.Contains(stop) && !(stop == "to" && s.Lower(j - 1) is "help" or "helped" or "helps" or "helping"));
        return new Auxiliaries(passive, perfect, blocked, j);
    }

    /// <summary>Whether the token is a lower-case past participle ("convicted", "sentenced", "driven").</summary>
    private static bool IsParticiple(EventSentence s, int i) =>
        s.Kind(i) == TokenKind.Word && s.Word(i) is { Length: > 3 } w && char.IsLower(w[0])
        && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal));

    /// <summary>Whether the token at <paramref name="i"/> is the second half of a hyphenated word ("pre-launch").</summary>
    public static bool InCompound(EventSentence s, int i)
    {
        if (!s.Has(i - 1) || s.Doc.Tokens[i - 1].End != s.Doc.Tokens[i].Start) return false;
        return s.Word(i - 1) is "-" or "‑" || s.Word(i - 1).EndsWith('-');
    }

    /// <summary>Whether a participle stands as an adjective before a noun ("the convicted trafficker", "a celebrated author").</summary>
    public static bool IsAdjective(EventSentence s, int i) =>
        s.Lower(i - 1) is "the" or "a" or "an" or "its" or "their" or "our" or "his" or "her" or "this" or "these" or "those" or "newly" or "well"
        && s.Kind(i + 1) == TokenKind.Word;

    /// <summary>Whether a trigger counts many cases ("the rescue of more than 1,000 victims", "arrested 329 suspects").</summary>
    public static bool CountsCases(EventSentence s, TriggerMatch m, Auxiliaries aux)
    {
        int j = m.Last + 1;
        if (s.Lower(j) == "of") j++;
        while (s.Has(j) && (EventWords.CountWords.Contains(s.Lower(j)) || s.Lower(j) is "a" or "at" or "total")) j++;
        if (IsCount(s, j)) return true;
        if (ContainsPhrase(s, "to", "date") || ContainsPhrase(s, "as", "of")) return true;
        // "311 suspects arrested", "since 2011, … the arrest of 311 suspects": a running total.
        if (IsCount(s, m.First - 2) || IsCount(s, m.First - 1)) return true;
        if (SinceYear(s))
            for (int k = s.First; k < s.End; k++)
                if (IsCount(s, k)) return true;
        // "has partnered … in the rescue of 1,000", "almost 1,000 children have been rescued".
        if (aux.Perfect)
            for (int k = s.First; k < s.End; k++)
                if (IsCount(s, k)) return true;
        return false;
    }

    /// <summary>Whether the sentence counts from a year on ("since 2011").</summary>
    private static bool SinceYear(EventSentence s)
    {
        for (int i = s.First; i + 1 < s.End; i++)
            if (s.Lower(i) == "since" && s.Kind(i + 1) == TokenKind.Number) return true;
        return false;
    }

    /// <summary>Whether the token is a number of twenty or more that is not a year.</summary>
    public static bool IsCount(EventSentence s, int i)
    {
        if (s.Kind(i) != TokenKind.Number) return false;
        var w = s.Word(i).Replace(",", "", StringComparison.Ordinal);
        if (!int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return false;
        bool year = w.Length == 4 && n is >= 1900 and <= 2100;
        return n >= 20 && !year;
    }

    /// <summary>Whether the sentence contains two words in a row.</summary>
    public static bool ContainsPhrase(EventSentence s, string a, string b)
    {
        for (int i = s.First; i + 1 < s.End; i++)
            if (s.Lower(i) == a && s.Lower(i + 1) == b) return true;
        return false;
    }

    /// <summary>Whether a trigger word is a verb in the past tense or a past participle.</summary>
    public static bool IsPastVerb(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word is "spoke" or "set up" or "held" or "began to focus" or "kicked off" or "teamed up";
}
