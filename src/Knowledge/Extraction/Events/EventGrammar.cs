using System.Collections.Immutable;
using System.Globalization;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// The little grammar the event rules need around a trigger: the auxiliaries before it (passive,
/// perfect, modal, negated, conditional), whether a participle is used as an adjective, and counts
/// that make a sentence a statistic rather than an event. Its word classes are the English ones
/// (be and have forms, modals, negations, determiners) and those of models/events/.
/// </summary>
internal sealed class EventGrammar
{
    private readonly EnglishLexicons _english;
    private readonly EventLexicons _events;
    private readonly ImmutableArray<ImmutableArray<string>> _runningTotalPhrases;
    private readonly ImmutableArray<ImmutableArray<string>> _justNowPhrases;

    public EventGrammar(LexiconSet lexicons)
    {
        _english = lexicons.English;
        _events = lexicons.Events;
        _runningTotalPhrases = WordsOf(_events.RunningTotalPhrases);
        _justNowPhrases = WordsOf(_events.JustNowPhrases);
    }

    /// <summary>What stands before a verb: its auxiliaries and the word that ended the look-back.</summary>
    /// <param name="Passive">A form of "be" precedes it.</param>
    /// <param name="Perfect">A form of "have" precedes it.</param>
    /// <param name="Blocked">A modal, "to", a negation or a conditional governs it.</param>
    /// <param name="Stop">Index of the first token before the auxiliaries.</param>
    /// <param name="PresentPerfect">The form of "have" is a present one ("has", "have"), not "had".</param>
    public readonly record struct Auxiliaries(bool Passive, bool Perfect, bool Blocked, int Stop, bool PresentPerfect = false);

    /// <summary>Reads the auxiliaries before token <paramref name="i"/>.</summary>
    public Auxiliaries Before(EventSentence s, int i)
    {
        bool passive = false, perfect = false, present = false;
        int j = i - 1;
        for (; j >= s.First && i - j <= 5; j--)
        {
            var w = s.Lower(j);
            if (_english.BeForms.Contains(w)) { passive = true; continue; }
            if (_english.HaveForms.Contains(w)) { perfect = true; present = _events.PresentPerfectAuxiliaries.Contains(w); continue; }
            if (_events.AuxiliaryAdverbs.Contains(w) || (IsAdverb(w) && s.Kind(j) == TokenKind.Word && !char.IsUpper(s.Word(j)[0]))) continue;
            // "was convicted and sentenced": the second participle shares the first one's auxiliaries.
            if (_events.ListConjunctions.Contains(w) && IsParticiple(s, j - 1)) { j--; i = j; continue; }
            break;
        }
        var stop = s.Lower(j);
        bool infinitive = _events.InfinitiveMarkers.Contains(stop);
        bool blocked = _english.Negations.Contains(stop) || _events.Conditionals.Contains(stop)
            || ((_english.Modals.Contains(stop) || infinitive) && !(infinitive && _events.HelpVerbs.Contains(s.Lower(j - 1))));
        return new Auxiliaries(passive, perfect, blocked, j, present);
    }

    /// <summary>Whether a word has the shape of an adverb: longer than four letters, ending in "-ly".</summary>
    public bool IsAdverb(ReadOnlySpan<char> w) => w.Length > 4 && HasAdverbEnding(w);

    /// <summary>Whether a word ends like an adverb ("-ly"), whatever its length.</summary>
    public bool HasAdverbEnding(ReadOnlySpan<char> w) => EndsWithAny(w, _events.AdverbEndings);

    /// <summary>The first token from <paramref name="j"/> on that is not an adverb ("launched formally the …").</summary>
    public int SkipAdverbs(EventSentence s, int j)
    {
        while (IsAdverb(s.Lower(j))) j++;
        return j;
    }

    /// <summary>Whether the token is a lower-case past participle ("convicted", "sentenced", "driven").</summary>
    private bool IsParticiple(EventSentence s, int i) =>
        s.Kind(i) == TokenKind.Word && s.Word(i).Length > 3 && char.IsLower(s.Word(i)[0]) && EndsWithAny(s.Word(i), _events.ParticipleEndings);

    /// <summary>Whether the token at <paramref name="i"/> is the second half of a hyphenated word ("pre-launch").</summary>
    public static bool InCompound(EventSentence s, int i)
    {
        if (!s.Has(i - 1) || s.Doc.Tokens[i - 1].End != s.Doc.Tokens[i].Start) return false;
        return s.Word(i - 1) is "-" or "‑" or [.., '-'];
    }

    /// <summary>Whether a participle stands as an adjective before a noun ("the convicted trafficker", "a celebrated author").</summary>
    public bool IsAdjective(EventSentence s, int i) => _events.AdjectiveOpeners.Contains(s.Lower(i - 1)) && s.Kind(i + 1) == TokenKind.Word;

    /// <summary>Whether a word opens an object noun phrase: an article, demonstrative or possessive determiner, or "new".</summary>
    public bool OpensObject(ReadOnlySpan<char> w) =>
        _english.Articles.Contains(w) || _english.Demonstratives.Contains(w) || _english.PossessiveDeterminers.Contains(w) || _events.ObjectOpeners.Contains(w);

    /// <summary>Whether a trigger counts many cases ("the rescue of more than 1,000 victims", "arrested 329 suspects").</summary>
    public bool CountsCases(EventSentence s, TriggerMatch m, Auxiliaries aux)
    {
        int j = m.Last + 1;
        if (_events.ObjectMarkers.Contains(s.Lower(j))) j++;
        while (s.Has(j) && _events.CountWords.Contains(s.Lower(j))) j++;
        if (IsCaseCount(s, j)) return true;
        if (ContainsPhrase(s, _runningTotalPhrases)) return true;
        // "311 suspects arrested", "since 2011, … the arrest of 311 suspects": a running total.
        if (IsCaseCount(s, m.First - 2) || IsCaseCount(s, m.First - 1)) return true;
        if (SinceYear(s))
            for (int k = s.First; k < s.End; k++)
                if (IsCaseCount(s, k)) return true;
        // "has partnered … in the rescue of 1,000", "almost 1,000 children have been rescued".
        if (aux.Perfect)
            for (int k = s.First; k < s.End; k++)
                if (IsCaseCount(s, k)) return true;
        return false;
    }

    /// <summary>Whether the sentence counts from a year on ("since 2011").</summary>
    private bool SinceYear(EventSentence s)
    {
        for (int i = s.First; i + 1 < s.End; i++)
            if (_events.SinceMarkers.Contains(s.Lower(i)) && s.Kind(i + 1) == TokenKind.Number) return true;
        return false;
    }

    /// <summary>Whether the token is a count of cases: a <see cref="IsCount"/> that is not a sum or a share ("298 million").</summary>
    private bool IsCaseCount(EventSentence s, int i) => IsCount(s, i) && !_events.SumWords.Contains(s.Lower(i + 1));

    /// <summary>Whether the token is a number of twenty or more that is not a year.</summary>
    public static bool IsCount(EventSentence s, int i)
    {
        if (s.Kind(i) != TokenKind.Number) return false;
        var word = s.Word(i);
        // The number without its thousands commas, written on the stack.
        Span<char> digits = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        int length = 0;
        foreach (char c in word)
            if (c != ',') digits[length++] = c;
        var w = digits[..length];
        if (!int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return false;
        bool year = w.Length == 4 && n is >= 1900 and <= 2100;
        return n >= 20 && !year;
    }

    /// <summary>Whether the sentence says its past event happened around the publication ("this week").</summary>
    public bool SaysJustNow(EventSentence s) => ContainsPhrase(s, _justNowPhrases);

    /// <summary>Whether the sentence contains one of the phrases, word for word.</summary>
    private static bool ContainsPhrase(EventSentence s, ImmutableArray<ImmutableArray<string>> phrases)
    {
        foreach (var words in phrases)
            for (int i = s.First; i + words.Length <= s.End; i++)
            {
                int k = 0;
                while (k < words.Length && s.Lower(i + k).SequenceEqual(words[k])) k++;
                if (k == words.Length) return true;
            }
        return false;
    }

    /// <summary>The phrases of a lexicon as lower-case words.</summary>
    private static ImmutableArray<ImmutableArray<string>> WordsOf(Lexicon phrases) =>
        [.. phrases.Entries.Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray()).Where(w => w.Length > 0)];

    private static bool EndsWithAny(ReadOnlySpan<char> w, Lexicon endings)
    {
        foreach (var ending in endings.Entries)
            if (w.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
