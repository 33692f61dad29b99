using Knowledge.Graph;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Cues in the words around a bare name that make it an organisation: the market ("Zentra stock",
/// "Zentra as principal sponsor", "Zentra Capital's Mara Quell",
/// "Zentra's CEO", "shares of Zentra"), examples after a plural kind of body ("companies like Zentra",
/// "platforms such as Polvo"), and an acronym used as a body ("the ZNTB said", "ZNTB joins", "ZNTB Director").
/// </summary>
internal sealed class OrganizationCues
{
    private readonly LexiconSet _lex;
    private readonly CommonWords _common;

    public OrganizationCues(LexiconSet lexicons)
    {
        _lex = lexicons;
        _common = new CommonWords(lexicons);
    }

    /// <summary>Whether a cue around the candidate makes it an organisation.</summary>
    public bool Marks(Doc doc, NameChunk c, EntityMentionSet found) =>
        IsBeforeMarketWord(doc, c) || IsBeforeSponsorPhrase(doc, c) || IsEmployerOf(doc, c, found) || IsAfterMarketPhrase(doc, c.FirstToken) || IsExample(doc, c.FirstToken)
        || (c.Count == 1 && Acronyms.IsAcronym(doc, doc.Tokens[c.FirstToken]) && IsAcronymBody(doc, c.FirstToken));

    /// <summary>"Zentra stock", "Zentra's shares", "Zentra’s CEO".</summary>
    private bool IsBeforeMarketWord(Doc doc, NameChunk c)
    {
        int a = c.EndToken;
        if (a < doc.Tokens.Length && doc.Tokens[a].Kind == TokenKind.Possessive) a++;
        return a < doc.Tokens.Length && _lex.Organizations.MarketWords.Contains(doc.SpanOf(doc.Tokens[a]));
    }

    /// <summary>"Zentra Capital's Mara Quell": a name no rule claimed, with a possessive before a person's name, is the person's employer.</summary>
    private static bool IsEmployerOf(Doc doc, NameChunk c, EntityMentionSet found)
    {
        int a = c.EndToken;
        if (a + 1 >= doc.Tokens.Length || doc.Tokens[a].Kind != TokenKind.Possessive) return false;
        var next = doc.Tokens[a + 1];
        var overlapping = (IReadOnlyList<EntityMention>)found.Overlapping(next.Start, next.End);
        for (int k = 0; k < overlapping.Count; k++)
            if (overlapping[k] is { Type: EntityType.Person, IsWeak: false } m && m.Start == next.Start) return true;
        return false;
    }

    /// <summary>"Zentra as principal sponsor".</summary>
    private bool IsBeforeSponsorPhrase(Doc doc, NameChunk c)
    {
        int count = Math.Min(3, doc.Tokens.Length - c.EndToken);
        if (count < 2) return false;
        int length = TokenPhrase.MaxLength(doc, c.EndToken, count);
        Span<char> phrase = length <= TokenPhrase.StackLength ? stackalloc char[TokenPhrase.StackLength] : new char[length];
        Span<int> ends = stackalloc int[3];
        TokenPhrase.Join(doc, c.EndToken, count, trimDots: false, phrase, ends);
        for (int n = 2; n <= count; n++)
            if (_lex.Organizations.SponsorPhrases.Contains(phrase[..ends[n - 1]])) return true;
        return false;
    }

    /// <summary>"shares of Zentra".</summary>
    private bool IsAfterMarketPhrase(Doc doc, int first) =>
        first >= 2 && IsPhraseBefore(doc, first, _lex.Organizations.MarketPhrases);

    /// <summary>Whether the two words before the token <paramref name="first"/>, joined by a space, are in the list.</summary>
    private static bool IsPhraseBefore(Doc doc, int first, Lexicon phrases)
    {
        int length = TokenPhrase.MaxLength(doc, first - 2, 2);
        Span<char> phrase = length <= TokenPhrase.StackLength ? stackalloc char[TokenPhrase.StackLength] : new char[length];
        Span<int> ends = stackalloc int[2];
        TokenPhrase.Join(doc, first - 2, 2, trimDots: false, phrase, ends);
        return phrases.Contains(phrase[..ends[1]]);
    }

    /// <summary>"companies like Zentra", "platforms such as Zentra": up to two example markers after a kind noun.</summary>
    private bool IsExample(Doc doc, int first)
    {
        int k = first - 1, markers = 0;
        while (k >= 0 && markers < 2 && _lex.Organizations.ExampleMarkers.Contains(doc.SpanOf(doc.Tokens[k]))) { k--; markers++; }
        return markers > 0 && k >= 0 && _lex.Organizations.Kinds.Contains(doc.SpanOf(doc.Tokens[k])) && char.IsLower(doc.Text[doc.Tokens[k].Start]);
    }

    /// <summary>
    /// An acronym used as a body: before a person's title ("ZNTB Director"), as the subject that opens a
    /// clause with a verb ("ZNTB joins", ", ZNTB calls on"), or after "the" and before a clause's end or a
    /// function word, not before a noun it would modify ("the ZNTB said", "the ZNTB has", not "the USB
    /// port"). Acronyms with digits ("XYZ-19") and those the text spells out in parentheses name things, not bodies.
    /// </summary>
    private bool IsAcronymBody(Doc doc, int i)
    {
        var tokens = doc.Tokens;
        var acr = doc.SpanOf(tokens[i]);
        if (HasDigit(acr) || IsSpelledOut(doc, acr)) return false;
        var nextToken = i + 1 < tokens.Length ? tokens[i + 1] : (Token?)null;
        if (nextToken is { } nt && doc.SpanOf(nt) is "(") return false;
        bool hasNext = nextToken is { Kind: TokenKind.Word };
        var next = hasNext ? doc.SpanOf(nextToken!.Value) : default;
        if (hasNext && char.IsUpper(next[0])) return _lex.Titles.PersonTitles.Contains(next);
        bool verb = hasNext && (_lex.Speech.SpeechVerbs.Contains(next) || (next[^1] == 's' && _common.KindOf(next.ToString()) == CommonWordKind.Verb));
        bool opensClause = i == 0 || tokens[i - 1].Kind is TokenKind.Terminal || doc.SpanOf(tokens[i - 1]) is ",";
        if (verb && opensClause) return true;
        bool afterThe = i > 0 && IsDefiniteArticle(doc, tokens[i - 1]);
        return afterThe && (!hasNext ? nextToken is null || doc.SpanOf(nextToken.Value) is not "-" : _lex.Speech.SpeechVerbs.Contains(next) || IsFunctionWord(next));
    }

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>Whether the text holds the acronym in parentheses, "(ACR)": looked for only after the text's opening brackets.</summary>
    private static bool IsSpelledOut(Doc doc, ReadOnlySpan<char> acr)
    {
        string text = doc.Text;
        foreach (int open in OpeningBrackets(text))
        {
            var after = text.AsSpan(open + 1);
            if (after.Length > acr.Length && after.StartsWith(acr, StringComparison.Ordinal) && after[acr.Length] == ')') return true;
        }
        return false;
    }

    /// <summary>
    /// Where the text's opening brackets are, found once a text on each thread: a document asks of every acronym-like
    /// token, and a search of the whole text for each "(ACR)" was most of the organisation-context pass's own time.
    /// </summary>
    private static List<int> OpeningBrackets(string text)
    {
        var opens = t_openingBrackets ??= [];
        if (ReferenceEquals(t_bracketedText, text)) return opens;
        opens.Clear();
        for (int at = text.IndexOf('('); at >= 0; at = text.IndexOf('(', at + 1)) opens.Add(at);
        t_bracketedText = text;
        return opens;
    }

    [ThreadStatic]
    private static string? t_bracketedText;

    [ThreadStatic]
    private static List<int>? t_openingBrackets;

    /// <summary>Whether a token, lower-cased, is a definite article (a short word: lower-cased on the stack).</summary>
    private bool IsDefiniteArticle(Doc doc, Token t)
    {
        var word = doc.SpanOf(t);
        Span<char> lower = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        int length = word.ToLowerInvariant(lower);
        return _lex.Entities.DefiniteArticles.Contains(lower[..length]);
    }

    /// <summary>"ZNTB Director Mara Quell": the acronym alone when a run opens with an acronym and a person's title, else the run.</summary>
    public NameChunk AcronymBeforeTitle(Doc doc, NameChunk c) =>
        c.Count > 1 && Acronyms.IsAcronym(doc, doc.Tokens[c.FirstToken]) && _lex.Titles.PersonTitles.Contains(doc.SpanOf(doc.Tokens[c.FirstToken + 1]))
            ? new NameChunk(c.FirstToken, c.FirstToken + 1)
            : c;

    private bool IsFunctionWord(ReadOnlySpan<char> w) =>
        _lex.English.BeForms.Contains(w) || _lex.English.HaveForms.Contains(w) || _lex.English.Modals.Contains(w)
        || _lex.Entities.AndConjunctions.Contains(w) || _lex.Entities.OfPrepositions.Contains(w)
        || _lex.Entities.OpenerPrepositions.Contains(w) || _lex.Entities.PlacePrepositions.Contains(w);

    /// <summary>"EU" beside "European Union": the one organisation found whose capitalised words' initials spell the acronym.</summary>
    public static EntityMention? Expansion(EntityMentionSet found, string acronym)
    {
        EntityMention? body = null;
        var items = found.Items;
        for (int i = 0; i < items.Count; i++)
        {
            var m = items[i];
            if (m.Type != EntityType.Organization || m.IsWeak || m.Name == acronym || !InitialsSpell(m.Name, acronym)) continue;
            // The first mention of the one name; a second name makes the acronym ambiguous.
            if (body is null) body = m;
            else if (body.Name != m.Name) return null;
        }
        return body;
    }

    /// <summary>Whether the capitals that start the words of a name (words between spaces) spell the acronym, read without copying.</summary>
    private static bool InitialsSpell(string name, string acronym)
    {
        int k = 0;
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] == ' ' || i > 0 && name[i - 1] != ' ' || !char.IsUpper(name[i])) continue;
            if (k == acronym.Length || acronym[k] != name[i]) return false;
            k++;
        }
        return k == acronym.Length;
    }
}
