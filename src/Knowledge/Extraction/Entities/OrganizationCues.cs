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
        return found.Overlapping(next.Start, next.End).Any(m => m.Type == EntityType.Person && m.Start == next.Start && !m.IsWeak);
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
        string acr = doc.TextOf(tokens[i]);
        if (acr.Any(char.IsDigit) || doc.Text.Contains("(" + acr + ")", StringComparison.Ordinal)) return false;
        var nextToken = i + 1 < tokens.Length ? tokens[i + 1] : (Token?)null;
        if (nextToken is { } nt && doc.SpanOf(nt) is "(") return false;
        string? next = nextToken is { Kind: TokenKind.Word } w ? doc.TextOf(w) : null;
        if (next is not null && char.IsUpper(next[0])) return _lex.Titles.PersonTitles.Contains(next);
        bool verb = next is not null && (_lex.Speech.SpeechVerbs.Contains(next) || (next.EndsWith('s') && _common.KindOf(next) == CommonWordKind.Verb));
        bool opensClause = i == 0 || tokens[i - 1].Kind is TokenKind.Terminal || doc.SpanOf(tokens[i - 1]) is ",";
        if (verb && opensClause) return true;
        bool afterThe = i > 0 && _lex.Entities.DefiniteArticles.Contains(doc.TextOf(tokens[i - 1]).ToLowerInvariant());
        return afterThe && (next is null ? nextToken is null || doc.SpanOf(nextToken.Value) is not "-" : _lex.Speech.SpeechVerbs.Contains(next) || IsFunctionWord(next));
    }

    /// <summary>"ZNTB Director Mara Quell": the acronym alone when a run opens with an acronym and a person's title, else the run.</summary>
    public NameChunk AcronymBeforeTitle(Doc doc, NameChunk c) =>
        c.Count > 1 && Acronyms.IsAcronym(doc, doc.Tokens[c.FirstToken]) && _lex.Titles.PersonTitles.Contains(doc.SpanOf(doc.Tokens[c.FirstToken + 1]))
            ? new NameChunk(c.FirstToken, c.FirstToken + 1)
            : c;

    private bool IsFunctionWord(string w) =>
        _lex.English.BeForms.Contains(w) || _lex.English.HaveForms.Contains(w) || _lex.English.Modals.Contains(w)
        || _lex.Entities.AndConjunctions.Contains(w) || _lex.Entities.OfPrepositions.Contains(w)
        || _lex.Entities.OpenerPrepositions.Contains(w) || _lex.Entities.PlacePrepositions.Contains(w);

    /// <summary>"EU" beside "European Union": the one organisation found whose capitalised words' initials spell the acronym.</summary>
    public static EntityMention? Expansion(EntityMentionSet found, string acronym)
    {
        var bodies = found.Items.Where(m => m.Type == EntityType.Organization && !m.IsWeak && m.Name != acronym && Initials(m.Name) == acronym)
            .GroupBy(m => m.Name).Select(g => g.First()).ToList();
        return bodies.Count == 1 ? bodies[0] : null;
    }

    private static string Initials(string name) =>
        new(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());
}
