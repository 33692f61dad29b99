namespace Knowledge.Lexicons;

/// <summary>
/// What the title lexicons say of a word or phrase on its own: whether it is a lexicon title or honorific (singular or
/// plural, any case), a title's head, a modifier, a courtesy honorific, a word that may name a title's field, and
/// whether a title may start at it (<see cref="MayStartTitle"/>, the token table's <see cref="TokenLexicons.TitleStart"/>
/// bit). Built once per <see cref="LexiconSet"/> (<see cref="LexiconSet.TitleWords"/>), so the lexeme table and the
/// title phrase matcher of the role and person rules share one set of entry first words.
/// </summary>
internal sealed class TitleWords
{
    private readonly LexiconSet _lex;
    private readonly CommonWords _common;

    public TitleWords(LexiconSet lexicons)
    {
        _lex = lexicons;
        _common = new CommonWords(lexicons);
        var titles = lexicons.Titles;
        MaxWords = Math.Max(Math.Max(titles.PersonTitles.MaxWords, titles.Honorifics.MaxWords), titles.OfficeNouns.MaxWords);
        _titleEntries = new Lexicon("title-entries", [.. titles.Honorifics.Entries, .. titles.PersonTitles.Entries, .. titles.OfficeNouns.Entries]);
    }

    /// <summary>
    /// The honorific, person-title and office-noun lexicons as one set (all three compare ignoring case): the title
    /// matcher asks many phrases that none holds, and one set hashes each once instead of three times.
    /// </summary>
    private readonly Lexicon _titleEntries;

    /// <summary>The longest singular written on the stack (a phrase of a few words); a longer one gets an array.</summary>
    private const int StackLength = 256;

    /// <summary>The most words an entry of the title, honorific and office-noun lexicons has.</summary>
    public int MaxWords { get; }

    /// <summary>Whether a word is a courtesy honorific rather than an office ("Mr.", "Prof.").</summary>
    public bool IsCourtesy(string word) => _lex.Titles.CourtesyTitles.Contains(word.TrimEnd('.'));

    /// <summary>Whether a word is a modifier that may open a title ("former", "Acting").</summary>
    public bool IsModifier(ReadOnlySpan<char> word) => _lex.Titles.Modifiers.Contains(word);

    /// <summary>
    /// Whether a phrase (one or more words, any case, singular or plural) is a lexicon title or honorific: the lexicons
    /// are asked by span, and the singular is written on the stack, so nothing is allocated (on .NET 9 and later).
    /// </summary>
    public bool IsLexiconTitle(ReadOnlySpan<char> phrase)
    {
        phrase = phrase.TrimEnd('.');
        if (phrase.Length == 0) return false;
        if (IsTitleEntry(phrase)) return true;
        var (cut, add) = PluralEnding(phrase);
        if (cut == 0 && add.Length == 0) return false;
        int length = phrase.Length - cut + add.Length;
        Span<char> singular = length <= StackLength ? stackalloc char[StackLength] : new char[length];
        singular = singular[..length];
        phrase[..^cut].CopyTo(singular);
        add.AsSpan().CopyTo(singular[(phrase.Length - cut)..]);
        return !singular.SequenceEqual(phrase) && IsTitleEntry(singular);
    }

    private bool IsTitleEntry(ReadOnlySpan<char> phrase) => _titleEntries.Contains(phrase);

    /// <summary>Whether a word heads a job title ("director", "Prosecutors", "commentator"), singular or plural, any case: the singular is written on the stack.</summary>
    public bool IsHead(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (IsHeadEntry(word)) return true;
        var (cut, add) = PluralEnding(word);
        if (cut == 0 && add.Length == 0) return false;
        int length = word.Length - cut + add.Length;
        Span<char> singular = length <= StackLength ? stackalloc char[StackLength] : new char[length];
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

    /// <summary>
    /// Whether a title may start at a token written <paramref name="word"/>: whether it is a modifier, the first word
    /// of an entry of the title, honorific or office-noun lexicons (any case, trailing full stops cut), a lexicon title
    /// on its own (singular or plural), or a word that may name a title's field. The title phrase matcher finds a
    /// title only where one of these holds (a longer phrase keeps its first word as written, a plural ending changing
    /// only the last), so the token table keeps the answer as a bit (<see cref="TokenLexicons.TitleStart"/>) and a
    /// token without it is passed over at once.
    /// </summary>
    public bool MayStartTitle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string trimmed = word.TrimEnd('.');
        return trimmed.Length == 0 || IsModifier(word) || FirstWords.Contains(trimmed) || IsLexiconTitle(trimmed) || IsScopeWord(word);
    }

    /// <summary>
    /// Whether a word, up to its first space, is the text before the first space of a person-title entry (any case): a
    /// phrase of words joined by single spaces equals such an entry only when its first word passes, so the token
    /// table keeps the answer as a bit (<see cref="TokenLexicons.PersonTitleStart"/>) and the organisation rules' title
    /// lookups pass over a token without it.
    /// </summary>
    public bool OpensPersonTitle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        int space = word.IndexOf(' ');
        return EntryFirstWords.PersonTitle.Contains(space < 0 ? word : word[..space]);
    }

    /// <summary>Whether an entry of several words of the title, honorific or office-noun lexicons opens with this word (any case).</summary>
    public bool OpensEntryOfSeveralWords(ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return MultiWordFirsts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        return MultiWordFirsts.Contains(word.ToString());
#endif
    }

    /// <summary>
    /// Whether a capitalised word (any case with <paramref name="anyCase"/>) may name a title's field: a common noun or
    /// adjective that is no organisation's head ("Trust", "Council"), place, nationality or title of its own.
    /// </summary>
    public bool IsScopeWord(string word, bool anyCase = false) =>
        word.Length > 1 && (anyCase || char.IsUpper(word[0])) && RestIsLower(word)
        && _common.KindOf(word) is CommonWordKind.Noun or CommonWordKind.Adjective
        && !_lex.Organizations.Heads.Contains(word) && !_lex.Names.Places.Contains(word)
        && !_lex.Names.Nationalities.Contains(word) && !IsLexiconTitle(word);

    /// <summary>Whether every character after the first is a lower-case letter.</summary>
    public static bool RestIsLower(ReadOnlySpan<char> word)
    {
        foreach (char c in word[1..])
            if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>The text before the first space of every title, honorific and office-noun entry that has one, any case.</summary>
    private HashSet<string> MultiWordFirsts => EntryFirstWords.MultiWord;

    /// <summary>The first words of the title, honorific and office-noun entries, without trailing full stops, any case.</summary>
    private HashSet<string> FirstWords => EntryFirstWords.All;

    // Built once, in one walk over the entries, and published as one object (documents are analysed in parallel).
    private sealed record FirstWordSets(HashSet<string> All, HashSet<string> MultiWord, HashSet<string> PersonTitle);

    private FirstWordSets EntryFirstWords => _entryFirstWords ??= ReadEntryFirstWords();

    private FirstWordSets? _entryFirstWords;

    private FirstWordSets ReadEntryFirstWords()
    {
        var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var multiWord = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var personTitle = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string entry in _lex.Titles.PersonTitles.Entries)
        {
            int space = entry.IndexOf(' ');
            personTitle.Add(space < 0 ? entry : entry[..space]);
        }
        foreach (var lexicon in (Lexicon[])[_lex.Titles.PersonTitles, _lex.Titles.Honorifics, _lex.Titles.OfficeNouns])
            foreach (string entry in lexicon.Entries)
            {
                int space = entry.IndexOf(' ');
                string first = space < 0 ? entry : entry[..space];
                all.Add(first);
                all.Add(first.TrimEnd('.'));
                if (space >= 0) multiWord.Add(first);
            }
        return new FirstWordSets(all, multiWord, personTitle);
    }
}
