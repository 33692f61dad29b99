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
    private readonly CommonWords _common;
    private readonly int _maxWords;

    public TitlePhrases(LexiconSet lexicons)
    {
        _lex = lexicons;
        _common = new CommonWords(lexicons);
        _maxWords = Math.Max(Math.Max(lexicons.Titles.PersonTitles.MaxWords, lexicons.Titles.Honorifics.MaxWords), lexicons.Titles.OfficeNouns.MaxWords);
    }

    /// <summary>Whether a word is a courtesy honorific rather than an office ("Mr.", "Prof.").</summary>
    public bool IsCourtesy(string word) => _lex.Titles.CourtesyTitles.Contains(word.TrimEnd('.'));

    /// <summary>Whether a word is a modifier that may open a title ("former", "Acting").</summary>
    public bool IsModifier(string word) => IsModifier(word.AsSpan());

    /// <summary><see cref="IsModifier(string)"/> on a span.</summary>
    public bool IsModifier(ReadOnlySpan<char> word) => _lex.Titles.Modifiers.Contains(word);

    /// <summary>Whether a phrase (one or more words, any case, singular or plural) is a lexicon title or honorific.</summary>
    public bool IsLexiconTitle(string phrase) => IsLexiconTitle(phrase.AsSpan());

    /// <summary>
    /// <see cref="IsLexiconTitle(string)"/> on a phrase in a buffer (a <see cref="TokenPhrase"/>): the lexicons are
    /// asked by span, and the singular is written on the stack, so nothing is allocated (on .NET 9 and later).
    /// </summary>
    public bool IsLexiconTitle(ReadOnlySpan<char> phrase)
    {
        phrase = phrase.TrimEnd('.');
        if (phrase.Length == 0) return false;
        if (IsTitleEntry(phrase)) return true;
        var (cut, add) = PluralEnding(phrase);
        if (cut == 0 && add.Length == 0) return false;
        int length = phrase.Length - cut + add.Length;
        Span<char> singular = length <= TokenPhrase.StackLength ? stackalloc char[TokenPhrase.StackLength] : new char[length];
        singular = singular[..length];
        phrase[..^cut].CopyTo(singular);
        add.AsSpan().CopyTo(singular[(phrase.Length - cut)..]);
        return !singular.SequenceEqual(phrase) && IsTitleEntry(singular);
    }

    private bool IsTitleEntry(ReadOnlySpan<char> phrase) =>
        _lex.Titles.Honorifics.Contains(phrase) || _lex.Titles.PersonTitles.Contains(phrase) || _lex.Titles.OfficeNouns.Contains(phrase);

    /// <summary>Whether a word heads a job title ("director", "Prosecutors", "commentator"), singular or plural, any case.</summary>
    public bool IsHead(string word) => IsHead(word.AsSpan());

    /// <summary><see cref="IsHead(string)"/> on a span: the singular is written on the stack.</summary>
    public bool IsHead(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (IsHeadEntry(word)) return true;
        var (cut, add) = PluralEnding(word);
        if (cut == 0 && add.Length == 0) return false;
        int length = word.Length - cut + add.Length;
        Span<char> singular = length <= TokenPhrase.StackLength ? stackalloc char[TokenPhrase.StackLength] : new char[length];
        singular = singular[..length];
        word[..^cut].CopyTo(singular);
        add.AsSpan().CopyTo(singular[(word.Length - cut)..]);
        return IsHeadEntry(singular);
    }

    private bool IsHeadEntry(ReadOnlySpan<char> word) => _lex.Titles.PersonTitles.Contains(word) || _lex.Titles.OfficeNouns.Contains(word);

    /// <summary>The singular of a plural title ("Senators" → "Senator", "Sens" → "Sen"); other phrases unchanged.</summary>
    public string Singular(string phrase)
    {
        var (cut, add) = PluralEnding(phrase);
        return cut == 0 && add.Length == 0 ? phrase : phrase[..^cut] + add;
    }

    /// <summary>
    /// How the first row of models/english/plural-endings.txt that fits the phrase makes it singular: the characters
    /// to cut from its end and the ending to put in their place; (0, "") when no row changes it.
    /// </summary>
    private (int Cut, string Add) PluralEnding(ReadOnlySpan<char> phrase)
    {
        foreach (var row in _lex.English.PluralEndings.Rows)
        {
            if (!phrase.EndsWith(row[0], StringComparison.Ordinal)) continue;
            string singular = row.Length > 1 ? row[1] : "";
            int shortest = row.Length > 2 ? int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (singular == KeepWord) return (0, "");
            if (phrase.Length >= shortest) return (row[0].Length, singular);
        }
        return (0, "");
    }

    /// <summary>The singular ending of a row of models/english/plural-endings.txt that keeps the word as it is.</summary>
    private const string KeepWord = "=";

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

    /// <summary>
    /// Whether a title may start at a token written <paramref name="word"/>: whether it is a modifier, the first word
    /// of an entry of the title, honorific or office-noun lexicons (any case, trailing full stops cut), a lexicon title
    /// on its own (singular or plural), or a word that may name a title's field. <see cref="LengthAt"/> finds a title
    /// only where one of these holds (a longer phrase keeps its first word as written, a plural ending changing only
    /// the last), so the token table keeps the answer as a bit (<see cref="TokenLexicons.TitleStart"/>) and a token
    /// without it is passed over at once.
    /// </summary>
    public bool MayStartTitle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string trimmed = word.TrimEnd('.');
        return trimmed.Length == 0 || IsModifier(word) || FirstWords.Contains(trimmed) || IsLexiconTitle(trimmed) || IsScopeWord(word);
    }

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
#if NET9_0_OR_GREATER
        return MultiWordFirsts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(phrase[..space]) ? int.MaxValue : space;
#else
        return MultiWordFirsts.Contains(phrase[..space].ToString()) ? int.MaxValue : space;
#endif
    }

    /// <summary>The text before the first space of every title, honorific and office-noun entry that has one, any case.</summary>
    private HashSet<string> MultiWordFirsts => EntryFirstWords.MultiWord;

    /// <summary>The first words of the title, honorific and office-noun entries, without trailing full stops, any case.</summary>
    private HashSet<string> FirstWords => EntryFirstWords.All;

    // Built once, in one walk over the entries, and published as one object (documents are analysed in parallel).
    private sealed record FirstWordSets(HashSet<string> All, HashSet<string> MultiWord);

    private FirstWordSets EntryFirstWords => _entryFirstWords ??= ReadEntryFirstWords();

    private FirstWordSets? _entryFirstWords;

    private FirstWordSets ReadEntryFirstWords()
    {
        var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var multiWord = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lexicon in (Lexicon[])[_lex.Titles.PersonTitles, _lex.Titles.Honorifics, _lex.Titles.OfficeNouns])
            foreach (string entry in lexicon.Entries)
            {
                int space = entry.IndexOf(' ');
                string first = space < 0 ? entry : entry[..space];
                all.Add(first);
                all.Add(first.TrimEnd('.'));
                if (space >= 0) multiWord.Add(first);
            }
        return new FirstWordSets(all, multiWord);
    }

    /// <summary>
    /// The number of tokens of the title that starts at token <paramref name="i"/> (at most up to
    /// <paramref name="end"/>), or 0: optional modifiers, then the longest lexicon title.
    /// </summary>
    public int LengthAt(Doc doc, int i, int end)
    {
        if (i >= end || (TokenTable.LexiconsOf(doc, _lex, i) & TokenLexicons.TitleStart) == 0) return 0;
        var tokens = doc.Tokens;
        int m = i;
        while (m < end && m - i < 2 && IsModifier(doc.SpanOf(tokens[m]))) m++;
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
        if (m + 1 < end && MayBeScopeWord(doc, m) && IsScopeWord(doc.TextOf(tokens[m])))
        {
            int most = Math.Min(_maxWords, end - m - 1);
            if (most >= 1) TokenPhrase.Join(doc, m + 1, most, trimDots: true, phrase, ends);
            int words = most >= 1 ? MatchingWordsBound(phrase[..ends[most - 1]]) : int.MaxValue;
            for (int n = most; n >= 1; n--)
                if (ends[n - 1] <= words && IsLexiconTitle(phrase[..ends[n - 1]])) return m + 1 + n - i;
        }
        return 0;
    }

    /// <summary>
    /// Whether a capitalised word may name a title's field: a common noun or adjective that is no
    /// organisation's head ("Trust", "Council"), place, nationality or title of its own.
    /// </summary>
    private bool IsScopeWord(string word, bool anyCase = false) =>
        word.Length > 1 && (anyCase || char.IsUpper(word[0])) && RestIsLower(word)
        && _common.KindOf(word) is CommonWordKind.Noun or CommonWordKind.Adjective
        && !_lex.Organizations.Heads.Contains(word) && !_lex.Names.Places.Contains(word)
        && !_lex.Names.Nationalities.Contains(word) && !IsLexiconTitle(word);

    /// <summary>
    /// What <see cref="IsScopeWord"/> asks of token i before its text is copied: a capital, then lower-case letters, and a
    /// common word (the token table's bit; a scope word's part of speech is known, so it is common).
    /// </summary>
    private bool MayBeScopeWord(Doc doc, int i)
    {
        var w = doc.SpanOf(doc.Tokens[i]);
        return w.Length > 1 && char.IsUpper(w[0]) && RestIsLower(w) && (TokenTable.LexiconsOf(doc, _lex, i) & TokenLexicons.Common) != 0;
    }

    private static bool RestIsLower(ReadOnlySpan<char> word)
    {
        foreach (char c in word[1..])
            if (!char.IsLower(c)) return false;
        return true;
    }

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
