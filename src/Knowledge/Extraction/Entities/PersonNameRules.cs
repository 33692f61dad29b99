using System.Text.RegularExpressions;
using Knowledge.Extraction.Roles;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Decides whether a capitalised run is a person's name: after an honorific or title, with a known
/// given name, a middle initial or a suffix, by its context (a title after a comma, a speech verb, a
/// party tag), or a one-word name the text marks as a pseudonym (<see cref="Pseudonyms"/>).
/// </summary>
internal sealed partial class PersonNameRules
{
    private readonly LexiconSet _lex;
    private readonly TitlePhrases _titles;
    private readonly Pseudonyms _pseudonyms;
    private readonly CommonWords _common;

    /// <summary>A legislator's party and state tag after the name: "(R-Ohio)", "(D-VT)", "(I-Maine)".</summary>
    private readonly Regex _partyTag;

    public PersonNameRules(LexiconSet lexicons)
    {
        _lex = lexicons;
        _titles = new TitlePhrases(lexicons);
        _pseudonyms = new Pseudonyms(lexicons, _titles);
        _common = new CommonWords(lexicons);
        _partyTag = new Regex(@"^\s*\(" + PatternParts.Alternation(lexicons.Names.PartyAbbreviations) + @"\s?[-–]\s?"
            + PatternParts.Capital + PatternParts.LetterOrPeriod + @"*(?:\s" + PatternParts.Capital + PatternParts.LetterOrPeriod + @"*)?\)",
            RegexOptions.CultureInvariant, PatternParts.Timeout);
    }

    /// <summary>
    /// The first token of the list of one-word names that token <paramref name="i"/> belongs to, read
    /// with the default lexicons (for the role rules, which ask without a lexicon set).
    /// </summary>
    internal int ListStart(Doc doc, int i, out int items) => OneWordNameLists.Start(doc, i, _lex, out items);

    /// <summary>Whether a word is a generational suffix written after a name ("Jr.", "III").</summary>
    public bool IsSuffix(string word) => _lex.Names.NameSuffixes.Contains(word);

    /// <summary><see cref="IsSuffix(string)"/> on a span.</summary>
    private bool IsSuffix(ReadOnlySpan<char> word) => _lex.Names.NameSuffixes.Contains(word);

    /// <summary>
    /// Whether the run's first word is a common word that opens its sentence before a person's name
    /// ("Watch Ana Ruiz explain …", "Photo Ana Ruiz"): the word is not part of the name. A title
    /// ("Senator Ana Ruiz") or a given name ("Will", "Mark") is never such a word.
    /// </summary>
    public bool IsCommonOpener(Doc doc, int first, int end) =>
        end - first >= 3 && !OrganizationRules.IsMidSentence(doc, first) && doc.TokenTable(_lex).Has(first, TokenLexicons.Common)
        && !StartsWithHonorific(doc, first, end, out _) && TryPerson(doc, first + 1, end) is not null;

    /// <summary>Returns a person mention for tokens [first, end), or null when the run is not a person's name.</summary>
    /// <remarks>
    /// The name's words are read as token indices and spans, and their list tests as the token table's bits: only the
    /// mention's name (and honorific) are written as strings, once the run is known to be a person's name.
    /// </remarks>
    public EntityMention? TryPerson(Doc doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var table = doc.TokenTable(_lex);
        string? honorific = null;
        int f = first;
        if (StartsWithHonorific(doc, first, end, out int hl))
        {
            honorific = doc.Slice(tokens[first].Start, tokens[first + hl - 1].End);
            f = first + hl;
        }
        // "Ana “Nani” Reyes": the quoted nickname is left out of the name (the verbatim span keeps it as an alias).
        int span = Math.Max(0, end - f);
        Span<int> nameTokens = span <= StackTokens ? stackalloc int[StackTokens] : new int[span];
        int n = 0;
        for (int i = f; i < end; i++)
            if (!NameChunker.InNickname(doc, i, f, end)) nameTokens[n++] = i;
        // "Ana Ruiz OBE": post-nominal letters after the name are not part of it.
        while (n >= 3 && _lex.Names.PostNominals.Contains(table.SpanOf(nameTokens[n - 1]))) n--;
        if (n < 1 || n > 5) return null;
        nameTokens = nameTokens[..n];
        // Places, months, nationalities, titles, law heads, shouted words, common capitalised words and phrases of
        // common words are turned away by the token table's bits (each bit is its list's own answer for the word).
        if (RejectedByLists(table, nameTokens, honorific is null)) return null;
        // "Justice Mission", "Director Health Office": a name that ends in an organisation's head word is the organisation's.
        if (EndsWithOrganizationHead(table, nameTokens[n - 1])) return null;

        // "Harbor Lyle’s Ana Ruiz asked …": a name that owns a person's name is a firm's, not a person's.
        if (honorific is null && OwnsAPersonName(doc, end)) return null;

        int spanEnd = end;
        // "Ramon Cruz, Jr." — a suffix after a comma belongs to the name.
        int suffix = -1;
        if (end + 1 < tokens.Length && doc.SpanOf(tokens[end]) is "," && IsSuffix(table.SpanOf(end + 1)))
        {
            suffix = end + 1;
            spanEnd = end + 2;
        }
        bool givenFirst = n >= 2 && table.Has(nameTokens[0], TokenLexicons.GivenName);
        string rule;
        if (honorific is not null) rule = EntityRuleIds.Honorific;
        else if (givenFirst) rule = EntityRuleIds.GivenName;
        else if (n >= 3 && HasMiddleInitial(table, nameTokens)) rule = EntityRuleIds.MiddleInitial;
        else if (n >= 2 && n < end - f) rule = EntityRuleIds.Nickname;
        else if (HasNameSuffix(table, nameTokens, suffix)) rule = EntityRuleIds.NameSuffix;
        else if (n >= 2 && (FollowedByTitle(doc, end) || PrecededBySpeechVerb(doc, f) || PrecededByLowerCaseTitle(doc, first))) rule = EntityRuleIds.Context;
        else if (n >= 2 && n <= 4 && FollowedByPartyTag(doc, end)) rule = EntityRuleIds.PartyTag;
        else if (n >= 2 && n <= 4 && honorific is null && AfterPersonCue(doc, f) && AllUnknown(table, nameTokens, suffix)) rule = EntityRuleIds.Context;
        else if (n == 1 && _pseudonyms.IsPseudonym(doc, f)) rule = EntityRuleIds.Pseudonym;
        else return null;
        if (n == 1 && honorific is null && rule != EntityRuleIds.Pseudonym) return null;

        int start = tokens[f].Start, stop = tokens[spanEnd - 1].End;
        string name = JoinWords(table, nameTokens, suffix);
        // "Senators Ana Cruz and Ben Ortiz": a plural title heads the whole list, so it is no part of the first name as written.
        bool ownTitle = honorific is not null && !_titles.IsPlural(honorific[(honorific.LastIndexOf(' ') + 1)..]);
        return new EntityMention(EntityType.Person, ownTitle ? tokens[first].Start : start, stop, name, rule) { Honorific = honorific };
    }

    /// <summary>Name tokens kept on the stack; a longer run (rare: it is no name) gets an array.</summary>
    private const int StackTokens = 32;

    /// <summary>The name's words, and the suffix token when there is one (-1 when not), joined by single spaces.</summary>
    private static string JoinWords(TokenTable table, ReadOnlySpan<int> nameTokens, int suffix)
    {
        int length = nameTokens.Length - 1;
        foreach (int i in nameTokens) length += table.Tokens[i].Length;
        if (suffix >= 0) length += 1 + table.Tokens[suffix].Length;
        Span<char> name = length <= TokenPhrase.StackLength ? stackalloc char[TokenPhrase.StackLength] : new char[length];
        int at = 0;
        foreach (int i in nameTokens)
        {
            if (at > 0) name[at++] = ' ';
            table.SpanOf(i).CopyTo(name[at..]);
            at += table.Tokens[i].Length;
        }
        if (suffix >= 0)
        {
            name[at++] = ' ';
            table.SpanOf(suffix).CopyTo(name[at..]);
            at += table.Tokens[suffix].Length;
        }
        return new string(name[..at]);
    }

    /// <summary>Whether the word is an organisation's head as written (full stops cut) or in the singular, and no given name.</summary>
    private bool EndsWithOrganizationHead(TokenTable table, int i)
    {
        var w = table.SpanOf(i);
        Span<char> buffer = stackalloc char[TokenPhrase.StackLength];
        return !table.Has(i, TokenLexicons.GivenName)
               && (HeadsHoldTrimmed(table, i) || _lex.Organizations.Heads.Contains(_common.Singular(w, buffer)));
    }

    /// <summary>Whether every word of the name, and the suffix token when there is one (-1 when not), is unknown to the lists.</summary>
    private bool AllUnknown(TokenTable table, ReadOnlySpan<int> nameTokens, int suffix)
    {
        foreach (int i in nameTokens)
            if (!IsUnknownWord(table, i)) return false;
        return suffix < 0 || IsUnknownWord(table, suffix);
    }

    /// <summary>A word of two characters ending in a period ("J.") between the first word and the last.</summary>
    private static bool HasMiddleInitial(TokenTable table, ReadOnlySpan<int> nameTokens)
    {
        for (int k = 1; k <= nameTokens.Length - 2; k++)
        {
            var w = table.SpanOf(nameTokens[k]);
            if (w.Length == 2 && w[1] == '.') return true;
        }
        return false;
    }

    /// <summary>
    /// Two words or more that are no suffix, and a suffix after the first word: among the name's words, or the suffix
    /// token after a comma (-1 when there is none), which always comes after the first word.
    /// </summary>
    private bool HasNameSuffix(TokenTable table, ReadOnlySpan<int> nameTokens, int suffix)
    {
        int plain = 0;
        bool suffixAfterFirst = suffix >= 0;
        for (int k = 0; k < nameTokens.Length; k++)
        {
            if (IsSuffix(table.SpanOf(nameTokens[k]))) suffixAfterFirst |= k > 0;
            else plain++;
        }
        return plain >= 2 && suffixAfterFirst;
    }

    /// <summary>A capitalised word that no list knows as a common word, place, nationality or organisation word.</summary>
    private bool IsUnknownWord(TokenTable table, int i)
    {
        var w = table.SpanOf(i);
        return w.Length > 1 && char.IsUpper(w[0]) && RestIsLowerOrJoiner(w)
               && !table.Has(i, TokenLexicons.Common | TokenLexicons.Nationality | TokenLexicons.OrganizationHeadWord) && !_lex.Names.IsPlace(w);
    }

    /// <summary>
    /// The list tests of <see cref="TryPerson"/> that reject a name's words (places, months, nationalities, titles, law
    /// heads, shouted words, common capitalised words, all-common phrases), asked of the token table's bits first so
    /// that most runs that are no person's name are turned away before their words are copied; the same tests follow
    /// on the words, so this only answers sooner.
    /// </summary>
    private bool RejectedByLists(TokenTable table, ReadOnlySpan<int> nameTokens, bool noHonorific)
    {
        int n = nameTokens.Length;
        bool givenFirst = n >= 2 && table.Has(nameTokens[0], TokenLexicons.GivenName);
        bool allCommon = true, anyCommonCapitalized = false;
        for (int k = 0; k < n; k++)
        {
            int i = nameTokens[k];
            var bits = table.LexiconsOf(i);
            if ((bits & TokenLexicons.Place) != 0 && !(givenFirst && k > 0)) return true;
            var w = table.SpanOf(i);
            // The Month bit is the months' answer for the word as written: only a word with a trailing full stop is looked up.
            bool month = w.Length > 0 && w[^1] == '.' ? _lex.English.Months.Contains(w.TrimEnd('.')) : (bits & TokenLexicons.Month) != 0;
            if (month || (bits & (TokenLexicons.Nationality | TokenLexicons.PersonTitle | TokenLexicons.LawHead)) != 0) return true;
            if (w.Length > 2 && IsAllCaps(w) && !_lex.Names.NameSuffixes.Contains(w)) return true;
            anyCommonCapitalized |= (bits & TokenLexicons.CommonCapitalized) != 0;
            allCommon &= (bits & TokenLexicons.Common) != 0;
        }
        return n >= 2 && (anyCommonCapitalized || noHonorific && allCommon);
    }

    private static bool RestIsLowerOrJoiner(ReadOnlySpan<char> w)
    {
        for (int i = 1; i < w.Length; i++)
            if (!(char.IsLower(w[i]) || w[i] is '-' or '\'' or '’')) return false;
        return true;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        bool letter = false;
        foreach (char ch in w)
        {
            if (char.IsLower(ch)) return false;
            letter |= char.IsLetter(ch);
        }
        return letter;
    }
}
