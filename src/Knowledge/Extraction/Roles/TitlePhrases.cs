using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Extraction.Roles;

/// <summary>
/// Matches job titles and honorifics in token runs: the longest entry of the title or honorific
/// lexicon ("Senior Assistant City Prosecutor", "Atty."), in the singular or the plural ("Senators",
/// "National Artists"), optionally opened by a scope or time modifier ("Former", "Local", "Acting").
/// Used by the person rules (a title before a name) and the role recogniser (the title's text).
/// </summary>
internal sealed class TitlePhrases
{
    private readonly LexiconSet _lex;

    /// <summary>The lexicons' answers for a word or phrase on its own, shared with the token table's title-start bit.</summary>
    private readonly TitleWords _words;

    private readonly int _maxWords;

    public TitlePhrases(LexiconSet lexicons)
    {
        _lex = lexicons;
        _words = lexicons.TitleWords;
        _maxWords = _words.MaxWords;
    }

    /// <summary>Whether a word is a courtesy honorific rather than an office ("Mr.", "Prof.").</summary>
    public bool IsCourtesy(string word) => _words.IsCourtesy(word);

    /// <summary>Whether a word is a modifier that may open a title ("former", "Acting").</summary>
    public bool IsModifier(string word) => _words.IsModifier(word);

    /// <summary><see cref="IsModifier(string)"/> on a span.</summary>
    public bool IsModifier(ReadOnlySpan<char> word) => _words.IsModifier(word);

    /// <summary>Whether a phrase (one or more words, any case, singular or plural) is a lexicon title or honorific.</summary>
    public bool IsLexiconTitle(string phrase) => _words.IsLexiconTitle(phrase);

    /// <summary><see cref="IsLexiconTitle(string)"/> on a phrase in a buffer (a <see cref="TokenPhrase"/>), allocating nothing (<see cref="TitleWords.IsLexiconTitle"/>).</summary>
    public bool IsLexiconTitle(ReadOnlySpan<char> phrase) => _words.IsLexiconTitle(phrase);

    /// <summary>Whether a word heads a job title ("director", "Prosecutors", "commentator"), singular or plural, any case.</summary>
    public bool IsHead(string word) => _words.IsHead(word);

    /// <summary><see cref="IsHead(string)"/> on a span: the singular is written on the stack.</summary>
    public bool IsHead(ReadOnlySpan<char> word) => _words.IsHead(word);

    /// <summary>The singular of a plural title ("Senators" → "Senator", "Sens" → "Sen"); other phrases unchanged.</summary>
    public string Singular(string phrase) => _words.Singular(phrase);

    /// <summary>Whether the phrase is a plural title ("Senators", "survivor leaders", "National Artists").</summary>
    public bool IsPlural(string phrase)
    {
        phrase = phrase.TrimEnd('.');
        var singular = Singular(phrase);
        if (singular == phrase || _lex.Titles.PersonTitles.Contains(phrase) || _lex.Titles.Honorifics.Contains(phrase)) return false;
        if (IsLexiconTitle(singular)) return true;
        var words = singular.Split(' ');
        return words.Length >= 2 && IsLexiconTitle(words[^1]) && words[..^1].All(w => IsModifier(w) || IsScopeWord(w, anyCase: true));
    }

    /// <summary>Whether a title may start at a token written <paramref name="word"/> (<see cref="TitleWords.MayStartTitle"/>, the token table's bit).</summary>
    public bool MayStartTitle(string word) => _words.MayStartTitle(word);

    /// <summary>
    /// The longest prefix of a joined phrase that may be a lexicon title (see <see cref="LengthAt"/>): the whole phrase when
    /// its first word opens a title, honorific or office-noun entry of several words; else the first word's length, as a
    /// longer prefix holds that space, and so would its singular (plural endings hold no space), which only an entry of
    /// several words with the same first word (any case) can equal. Spares the lookups of phrases that cannot match.
    /// </summary>
    private int MatchingWordsBound(ReadOnlySpan<char> phrase)
    {
        int space = phrase.IndexOf(' ');
        if (space < 0) return int.MaxValue;
        return _words.OpensEntryOfSeveralWords(phrase[..space]) ? int.MaxValue : space;
    }

    /// <summary>
    /// The number of tokens of the title that starts at token <paramref name="i"/> (at most up to
    /// <paramref name="end"/>), or 0: optional modifiers, then the longest lexicon title.
    /// </summary>
    public int LengthAt(Doc doc, int i, int end)
    {
        if (i >= end || (TokenTable.LexiconsOf(doc, _lex, i) & TokenLexicons.TitleStart) == 0) return 0;
        int m = i;
        while (m < end && m - i < 2 && (TokenTable.LexiconsOf(doc, _lex, m) & TokenLexicons.TitleModifier) != 0) m++;
        // The phrases tried are the words from a start, up to _maxWords of them: each start's longest phrase is
        // joined once, and the shorter ones are its prefixes. All lie within tokens [i, m + 1 + _maxWords).
        int length = TokenPhrase.MaxLength(doc, i, Math.Max(0, Math.Min(end, m + 1 + _maxWords) - i));
        Span<char> phrase = length <= TokenPhrase.StackLength ? stackalloc char[TokenPhrase.StackLength] : new char[length];
        Span<int> ends = stackalloc int[Math.Max(1, _maxWords)];
        for (int start = m; start >= i; start--)
        {
            // A modifier may itself open a lexicon title ("Vice Mayor", "Deputy Director").
            int most = Math.Min(_maxWords, end - start);
            if (most >= 1) TokenPhrase.Join(doc, start, most, trimDots: true, phrase, ends);
            int words = most >= 1 ? MatchingWordsBound(phrase[..ends[most - 1]]) : int.MaxValue;
            for (int n = most; n >= 1; n--)
                if (ends[n - 1] <= words && IsLexiconTitle(phrase[..ends[n - 1]])) return start + n - i;
            if (start == i) break;
        }
        // "Survivor Leader", "Research Lead", "Assistant State Prosecutor": a capitalised common noun or
        // adjective names the field of the title after it.
        if (m + 1 < end && (TokenTable.LexiconsOf(doc, _lex, m) & TokenLexicons.ScopeWord) != 0)
        {
            int most = Math.Min(_maxWords, end - m - 1);
            if (most >= 1) TokenPhrase.Join(doc, m + 1, most, trimDots: true, phrase, ends);
            int words = most >= 1 ? MatchingWordsBound(phrase[..ends[most - 1]]) : int.MaxValue;
            for (int n = most; n >= 1; n--)
                if (ends[n - 1] <= words && IsLexiconTitle(phrase[..ends[n - 1]])) return m + 1 + n - i;
        }
        return 0;
    }

    /// <summary>Whether a capitalised word may name a title's field (<see cref="TitleWords.IsScopeWord"/>).</summary>
    private bool IsScopeWord(string word, bool anyCase = false) => _words.IsScopeWord(word, anyCase);

    /// <summary>
    /// The tokens of consecutive titles from <paramref name="i"/> ("Director Prof.", "Chief Superintendent"),
    /// or 0 when no title starts there.
    /// </summary>
    public int StackedLengthAt(Doc doc, int i, int end)
    {
        int k = i;
        while (k < end)
        {
            int n = LengthAt(doc, k, end);
            if (n == 0) break;
            k += n;
        }
        return k - i;
    }

    /// <summary>
    /// The title a title phrase gives as a role: courtesy honorifics dropped ("Director Prof." → "Director",
    /// "Atty." → null), a plural made singular ("Senators" → "Senator"); null when nothing but courtesy is
    /// left. A courtesy word inside an office keeps its place ("State Attorney General", "District Attorney").
    /// </summary>
    public string? RoleTitle(string phrase)
    {
        var all = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Her Excellency", "His Royal Highness": a style of address of several words is courtesy as a whole.
        var courtesy = new bool[all.Length];
        for (int k = 0; k < all.Length; k++)
            for (int n = Math.Min(3, all.Length - k); n >= 2; n--)
                if (IsCourtesy(string.Join(' ', all[k..(k + n)])))
                    for (int j = k; j < k + n; j++) courtesy[j] = true;
        var words = all.Where((w, k) => !courtesy[k] && (!IsCourtesy(w) || IsInsideOffice(all, k))).ToList();
        if (words.Count == 0) return null;
        string title = string.Join(' ', words);
        if (IsPlural(title)) title = Singular(title.TrimEnd('.'));
        return title;
    }

    /// <summary>
    /// Whether the courtesy word at <paramref name="k"/> is part of an office: followed by a word it makes a
    /// title with ("Attorney General"), or preceded by a word that is no title of its own ("District Attorney").
    /// </summary>
    private bool IsInsideOffice(string[] words, int k)
    {
        if (k + 1 < words.Length && IsLexiconTitle(words[k].TrimEnd('.') + " " + words[k + 1])) return true;
        return k > 0 && !IsCourtesy(words[k - 1]) && !IsLexiconTitle(words[k - 1]);
    }

    /// <summary>A lower-case title written as a name's title ("vice mayor" → "Vice Mayor"); other casing kept.</summary>
    public string TitleCase(string title)
    {
        if (title.Any(char.IsUpper)) return title;
        var words = title.Split(' ');
        for (int k = 0; k < words.Length; k++)
            if (!_lex.English.TitleCaseMinorWords.Contains(words[k]) && words[k].Length > 0)
                words[k] = char.ToUpperInvariant(words[k][0]) + words[k][1..];
        return string.Join(' ', words);
    }
}
