using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Rules that shape an organisation's name out of a capitalised run: where coordinated names split
/// ("the Senate Committee and the Police Service"), where a person's title after the name ends it
/// ("Justice Bureau Director Ana Cruz"), which job titles before "of" are not part of it
/// ("Vice President and Country Director of …"), an acronym with a place as a branch ("ABC Manila"),
/// and the parent body a unit's name begins with ("Department of Health Office for …").
/// </summary>
internal sealed class OrganizationRules
{
    /// <summary>The key prefix of a national government ("org-government-freedonia").</summary>
    private const string GovernmentKeyPrefix = "org-government-";

    private readonly LexiconSet _lex;

    public OrganizationRules(LexiconSet lexicons) => _lex = lexicons;

    /// <summary>Whether a word heads an organisation's name ("Council", "Inc.").</summary>
    public bool IsHead(string word) => IsHead(word.AsSpan());

    /// <summary><see cref="IsHead(string)"/> of a word read off a longer text, without copying it.</summary>
    public bool IsHead(ReadOnlySpan<char> word) =>
        word.Length > 0 && (_lex.Organizations.Heads.Contains(word.TrimEnd('.')) && char.IsUpper(word[0]) || _lex.Organizations.Suffixes.Contains(word));

    /// <summary>Whether a word heads a field unit written in parentheses after its parent ("Office", "Station").</summary>
    public bool IsFieldUnitHead(ReadOnlySpan<char> word) => _lex.Organizations.FieldUnitHeads.Contains(word);

    /// <summary>A lone legislature's name used mid-sentence ("the bill now goes to Congress").</summary>
    public bool IsStandaloneHead(Doc doc, int first, int end) =>
        end - first == 1 && _lex.Organizations.StandaloneHeads.Contains(doc.SpanOf(doc.Tokens[first])) && IsMidSentence(doc, first);

    /// <summary>Whether a token is the definite article "the" (lower case).</summary>
    private bool IsThe(Doc doc, int i) => doc.TokenTable(_lex).Has(i, TokenLexicons.DefiniteArticle);

    private bool IsConnector(Doc doc, int i) => NameChunker.IsConnector(doc.TokenTable(_lex), i);

    /// <summary>Whether token i heads an organisation's name (<see cref="IsHead(string)"/> of its text), from the token table.</summary>
    private bool IsHeadAt(Doc doc, int i) => doc.TokenTable(_lex).Has(i, TokenLexicons.OrganizationHead);

    /// <summary>
    /// "includes The Harbor Foundation": "The" capitalised after a lower-case word of the same line
    /// is part of the name that follows it.
    /// </summary>
    public bool IsNameArticle(Doc doc, int i)
    {
        if (i == 0) return false;
        var table = doc.TokenTable(_lex);
        var w = table.SpanOf(i);
        if (w.Length < 2 || !char.IsUpper(w[0]) || char.IsUpper(w[1]) || !_lex.Entities.DefiniteArticles.Contains(table.LowerOf(i, stackalloc char[32]))) return false;
        var prev = doc.Tokens[i - 1];
        return prev.Kind == TokenKind.Word && char.IsLower(doc.Text[prev.Start]) && IsMidSentence(doc, i);
    }

    /// <summary>Whether token i follows other words of its sentence (not the first word of a sentence, line or quote).</summary>
    public static bool IsMidSentence(Doc doc, int i)
    {
        if (i == 0) return false;
        var prev = doc.Tokens[i - 1];
        if (doc.Text.AsSpan(prev.End, doc.Tokens[i].Start - prev.End).IndexOfAny('\n', '\r') >= 0) return false;
        if (prev.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Possessive or TokenKind.Abbreviation) return true;
        return prev.Kind is TokenKind.Punctuation or TokenKind.Symbol && doc.SpanOf(prev) is "," or "(" or "&";
    }

    /// <summary>
    /// The number of tokens of a job title starting at token i ("Vice President", "Director"), 0 if none.
    /// </summary>
    public int TitleLength(Doc doc, int i, int end)
    {
        int most = Math.Min(4, end - i);
        if (most < 1) return 0;
        // A phrase opens a person title only when its first word does (the bit is the lexicon's answer for the word).
        if ((TokenTable.LexiconsOf(doc, _lex, i) & TokenLexicons.PersonTitleStart) == 0) return 0;
        int length = TokenPhrase.MaxLength(doc, i, most);
        Span<char> phrase = length <= TokenPhrase.StackLength ? stackalloc char[TokenPhrase.StackLength] : new char[length];
        Span<int> ends = stackalloc int[4];
        TokenPhrase.Join(doc, i, most, trimDots: false, phrase, ends);
        for (int n = most; n >= 1; n--)
            if (_lex.Titles.PersonTitles.Contains(phrase[..ends[n - 1]])) return n;
        return 0;
    }

    /// <summary>
    /// Splits a run that holds more than one name: coordinated organisations, each with a head of
    /// its own ("the Audit Commission and the Port Authority") or joined by "and the", an organisation followed by a
    /// person's title ("Water Board Chair Ana Reyes"), or an organisation followed by a work's
    /// name ("Trade Forum Annual Review"), or a unit "of" its parent body ("Fraud Division of the
    /// Harbor Police Service"). Returns the parts in order, or <see cref="NameParts.NoSplit"/>.
    /// </summary>
    public NameParts Split(Doc doc, int first, int end)
    {
        if (LoneBodyTitleEnd(doc, first, end) is int titleEnd) return titleEnd < end ? NameParts.Of(new NameChunk(titleEnd - 1, end)) : NameParts.Nothing;
        if (UnitOfParent(doc, first, end) is int of)
        {
            int right = of + 1;
            if (IsThe(doc, right)) right++;
            return NameParts.Of(new NameChunk(first, of), new NameChunk(right, end));
        }
        // The table is found once for the run's loops (each IsHeadAt or IsConnector finds it again).
        var table = doc.TokenTable(_lex);
        for (int a = first + 1; a < end - 1; a++)
        {
            if (!table.Has(a, TokenLexicons.AndConjunction)) continue;
            int right = a + 1;
            if (right < end && IsThe(doc, right)) right++;
            if (LoneBodyTitleEnd(doc, right, end) == end) return NameParts.Of(new NameChunk(first, a));
            if (end - right < 2 || !(EndsFullName(doc, first, a) || right > a + 1)) continue;
            // A body with a head of its own before "and" ends there when the next name has no head at all
            // ("Save the Rivers"); a head inside it ("… Division & International Outreach") or a title before
            // the run ("Vice President, Fraud Division & Outreach") marks one portfolio.
            if (IsHeadAt(doc, end - 1) || EndsWithHead(doc, first, a) && !HasHead(doc, right, end) && !FollowsTitle(doc, first)) return NameParts.Of(new NameChunk(first, a), new NameChunk(right, end));
        }
        for (int t = first + 2; t < end; t++)
        {
            if (table.Has(t, TokenLexicons.OrganizationHead) || NameChunker.IsConnector(table, t - 1)
                || !(table.Has(t - 1, TokenLexicons.OrganizationHead) || IsBranch(doc, first, t))) continue;
            if (TitleLength(doc, t, end) > 0 || _lex.Works.Heads.Contains(LastWord(doc, t, end)) && !HasHead(doc, t, end))
                return NameParts.Of(new NameChunk(first, t), new NameChunk(t, end));
        }
        return NameParts.NoSplit;
    }

    /// <summary>
    /// "Senate President", "Assembly Speaker Ana Reyes", "Senate Majority Leader": a lone head word
    /// before a job title (up to two words may qualify the title) is part of the title, not an
    /// organisation, unless a head follows the title ("Global Relief Mission"). Returns the
    /// end of the title, or null when the run does not open so.
    /// </summary>
    private int? LoneBodyTitleEnd(Doc doc, int first, int end)
    {
        var tokens = doc.Tokens;
        if (end - first < 2 || !IsHeadAt(doc, first) || Acronyms.IsAcronym(doc, tokens[first])) return null;
        for (int t = first + 1; t < end && t <= first + 3; t++)
        {
            if (IsHeadAt(doc, t) || IsConnector(doc, t) || !NameChunker.IsNameToken(doc, tokens[t])) return null;
            int n = TitleLength(doc, t, end);
            if (n == 0) continue;
            // "Global Relief Mission": a head after the title makes the run a body's name.
            for (int k = t + n; k < end; k++)
                if (IsHeadAt(doc, k)) return null;
            return t + n;
        }
        return null;
    }

    /// <summary>
    /// "Cybercrime Division of the Harbor Police Service": the index of the "of" between a unit's
    /// name (two words or more, ending with a unit head) and a body with a head of its own; the
    /// unit and its parent are two organisations. Null when there is none.
    /// </summary>
    private int? UnitOfParent(Doc doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var table = doc.TokenTable(_lex);
        for (int of = first + 2; of < end - 2; of++)
        {
            if (!table.Has(of, TokenLexicons.OfPreposition) || !_lex.Organizations.ParentUnitHeads.Contains(doc.SpanOf(tokens[of - 1]))) continue;
            int right = of + 1;
            if (IsThe(doc, right)) right++;
            if (end - right < 2 || !IsHeadAt(doc, end - 1)) return null;
            for (int k = right; k < end; k++)
                if (IsConnector(doc, k)) return null;
            return of;
        }
        return null;
    }

    /// <summary>
    /// "Data Lab in the Netherlands": the index of an "in the" after an organisation's head that a
    /// country alone follows; the place is not part of the name. Null when there is none.
    /// </summary>
    public int? SplitAtPlace(Doc doc, int first, int end)
    {
        var tokens = doc.Tokens;
        for (int i = first + 1; i < end - 1; i++)
        {
            if (!doc.TokenTable(_lex).Has(i, TokenLexicons.PlacePreposition) || !HasHead(doc, first, i)) continue;
            // Only "in the" + country: a seat without the article ("Trial Court in Riverton") names the body.
            if (!IsThe(doc, i + 1) || i + 2 >= end) continue;
            var place = doc.Text.AsSpan(tokens[i + 2].Start, tokens[end - 1].End - tokens[i + 2].Start);
            if (_lex.Names.Places.Contains(place) || _lex.Names.Places.Contains(string.Concat(place, "."))) return i;
        }
        return null;
    }

    /// <summary>
    /// Skips job titles at the start of a run: "Director" in "Director Health Office", or every
    /// title before "of" in "Vice President and Country Director of the Trade Council". Returns
    /// the first token of the organisation's name.
    /// </summary>
    public int SkipLeadingTitles(Doc doc, int first, int end)
    {
        var tokens = doc.Tokens;
        if (OpeningNounBeforeOf(doc, first, end) is int named) return named;
        int f = first;
        while (f < end)
        {
            int n = QualifiedTitleLength(doc, f, end);
            if (n == 0 || IsHeadAt(doc, f + n - 1)) break;
            f += n;
            if (f < end && doc.TokenTable(_lex).Has(f, TokenLexicons.AndConjunction) && TitleAfter(doc, f + 1, end)) f++;
        }
        if (f == first) return first;
        while (f < end && IsConnector(doc, f) && !IsNameArticle(doc, f)) f++;
        // A title word inside a name ("Coastal Justice Mission") is no leading title when only a lone
        // word is left and no connector shows where the title ends ("Director of X").
        return end - f == 1 && !IsConnector(doc, f - 1) ? first : f;
    }

    /// <summary>
    /// "Staff of the Harbor Trust met …", "Members of the Coastal Alliance said …": a word capitalised
    /// only because it opens the sentence, before "of" and a name with a head of its own, is not part
    /// of the name. Returns the first token of the name after "of (the)", or null.
    /// </summary>
    private int? OpeningNounBeforeOf(Doc doc, int first, int end)
    {
        var tokens = doc.Tokens;
        if (end - first < 4 || !doc.TokenTable(_lex).Has(first + 1, TokenLexicons.OfPreposition)) return null;
        int sentence = doc.SentenceIndexAt(tokens[first].Start);
        if (sentence < 0 || doc.Sentences[sentence].FirstToken != first) return null;
        var word = doc.SpanOf(tokens[first]);
        if (IsHead(word) || _lex.Organizations.Openers.Contains(word) || _lex.Organizations.Units.Contains(word) || _lex.Titles.PersonTitles.Contains(word)) return null;
        int name = first + 2;
        if (IsThe(doc, name)) name++;
        return end - name >= 1 && HasHead(doc, name, end) ? name : null;
    }

    private bool TitleAfter(Doc doc, int i, int end) => i < end && QualifiedTitleLength(doc, i, end) > 0;

    /// <summary>A title, possibly after a qualifier such as "National" or "Regional" ("National Director").</summary>
    private int QualifiedTitleLength(Doc doc, int i, int end)
    {
        int n = TitleLength(doc, i, end);
        if (n > 0 || i + 1 >= end) return n;
        int m = TitleLength(doc, i + 1, end);
        if (m == 0) return 0;
        var w = doc.SpanOf(doc.Tokens[i]);
        // "Country Representative of …": a plain word before a title and "of" qualifies the title.
        bool qualifier = _lex.Names.Nationalities.Contains(w)
            || !IsHead(w) && NameChunker.IsNameToken(doc, doc.Tokens[i]) && i + 1 + m < end && doc.TokenTable(_lex).Has(i + 1 + m, TokenLexicons.OfPreposition);
        return qualifier ? m + 1 : 0;
    }

    /// <summary>An acronym followed by a place: a country or city branch of a body ("ABC Kenya").</summary>
    public bool IsBranch(Doc doc, int first, int end)
    {
        if (end - first < 2 || !Acronyms.IsAcronym(doc, doc.Tokens[first])) return false;
        if (_lex.Names.Places.Contains(doc.SpanOf(doc.Tokens[first]))) return false;
        return _lex.Names.Places.Contains(doc.Text.AsSpan(doc.Tokens[first + 1].Start, doc.Tokens[end - 1].End - doc.Tokens[first + 1].Start));
    }

    /// <summary>
    /// The end token of a parent body that a unit's name begins with: "Ministry of Health" in
    /// "Ministry of Health Office for Nutrition", "State Port Authority" in "State Port Authority
    /// Audit Unit". Null when the name holds no complete body before its last head.
    /// </summary>
    public int? ParentEnd(Doc doc, int first, int end)
    {
        var tokens = doc.Tokens;
        for (int i = first + 2; i < end - 1; i++)
        {
            if (!char.IsUpper(doc.Text[tokens[i].Start]) || !doc.TokenTable(_lex).Has(i, TokenLexicons.OrganizationHead | TokenLexicons.OrganizationOpener)) continue;
            if (IsConnector(doc, i - 1)) continue;
            if (EndsWithHead(doc, first, i) || OpensWithOf(doc, first, i)) return i;
        }
        return null;
    }

    /// <summary>
    /// One key for "Freedonian government" and "Freedonia government": the country word without its
    /// demonym or plural ending.
    /// </summary>
    public string GovernmentKey(string country)
    {
        string c = country.ToLowerInvariant();
        if (c.EndsWith('s')) c = c[..^1];
        foreach (var ending in _lex.Names.DemonymEndings.Entries)
            if (c.Length > ending.Length + 3 && c.EndsWith(ending, StringComparison.Ordinal)) { c = c[..^ending.Length]; break; }
        return GovernmentKeyPrefix + Slug.Of(c);
    }

    /// <summary>"Senior Vice President, Victim Support Division &amp; Outreach": the run comes right after a job title and a comma.</summary>
    private bool FollowsTitle(Doc doc, int first) =>
        first >= 2 && doc.SpanOf(doc.Tokens[first - 1]) is "," && doc.TokenTable(_lex).Has(first - 2, TokenLexicons.PersonTitle);

    private bool EndsFullName(Doc doc, int first, int end) =>
        IsHeadAt(doc, end - 1) || Acronyms.IsAcronym(doc, doc.Tokens[end - 1]) && end - first == 1;

    private bool EndsWithHead(Doc doc, int first, int end) => end - first >= 2 && IsHeadAt(doc, end - 1);

    /// <summary>"Department of State", "U.S. Bureau of Prisons": an opener, "of", then capitalised words only.</summary>
    private bool OpensWithOf(Doc doc, int first, int end)
    {
        var table = doc.TokenTable(_lex);
        for (int i = first; i + 2 < end + 1 && i + 1 < end; i++)
        {
            if (!table.Has(i, TokenLexicons.OrganizationOpener) || !table.Has(i + 1, TokenLexicons.OfPreposition)) continue;
            for (int k = i + 2; k < end; k++)
                if (IsConnector(doc, k)) return false;
            return i + 2 < end;
        }
        return false;
    }

    private bool HasHead(Doc doc, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (IsHeadAt(doc, k)) return true;
        return false;
    }

    private ReadOnlySpan<char> LastWord(Doc doc, int first, int end)
    {
        // The work's head is the last capitalised word before any connector ("Annual Review of Trade").
        int k = first;
        while (k + 1 < end && !IsConnector(doc, k + 1)) k++;
        return doc.SpanOf(doc.Tokens[k]);
    }
}
