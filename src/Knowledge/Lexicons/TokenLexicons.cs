namespace Knowledge.Lexicons;

/// <summary>
/// The word lists a token's exact text belongs to, one bit a list: what <see cref="LexemeTable"/> computes once
/// per distinct word and <see cref="Syntax.TokenTable"/> keeps per token, so rules test a bit instead of looking a
/// token's text up again. Each bit means exactly <c>list.Contains(text)</c> (or the variant its doc names).
/// </summary>
[Flags]
internal enum TokenLexicons : uint
{
    /// <summary>In no list.</summary>
    None = 0,
    /// <summary><see cref="EntityLexicons.NameConnectors"/>.</summary>
    NameConnector = 1u << 0,
    /// <summary><see cref="NameLexicons.NameParticles"/>.</summary>
    NameParticle = 1u << 1,
    /// <summary><see cref="LawLexicons.Heads"/>.</summary>
    LawHead = 1u << 2,
    /// <summary><see cref="LawLexicons.Heads"/> holds the text without its trailing full stops.</summary>
    LawHeadTrimmed = 1u << 3,
    /// <summary><see cref="EnglishLexicons.CommonCapitalized"/>.</summary>
    CommonCapitalized = 1u << 4,
    /// <summary><see cref="EntityLexicons.AndConjunctions"/>.</summary>
    AndConjunction = 1u << 5,
    /// <summary><see cref="EnglishLexicons.Months"/>.</summary>
    Month = 1u << 6,
    /// <summary><see cref="OrganizationLexicons.NumberedUnitHeads"/>.</summary>
    NumberedUnitHead = 1u << 7,
    /// <summary><see cref="LawLexicons.YearHeads"/>.</summary>
    LawYearHead = 1u << 8,
    /// <summary><see cref="EntityLexicons.OfPrepositions"/>.</summary>
    OfPreposition = 1u << 9,
    /// <summary><see cref="LawLexicons.LegislationHeads"/>.</summary>
    LegislationHead = 1u << 10,
    /// <summary><see cref="EntityLexicons.DefiniteArticles"/>.</summary>
    DefiniteArticle = 1u << 11,
    /// <summary>An organisation's head: <see cref="OrganizationLexicons.Heads"/> holds the text without trailing full stops and it starts with a capital, or <see cref="OrganizationLexicons.Suffixes"/> holds it.</summary>
    OrganizationHead = 1u << 12,
    /// <summary><see cref="TitleLexicons.PersonTitles"/>.</summary>
    PersonTitle = 1u << 13,
    /// <summary><see cref="TitleLexicons.Honorifics"/> holds the text without its trailing full stops.</summary>
    HonorificTrimmed = 1u << 14,
    /// <summary><see cref="NameLexicons.Nationalities"/>.</summary>
    Nationality = 1u << 15,
    /// <summary><see cref="NameLexicons.Places"/>.</summary>
    Place = 1u << 16,
    /// <summary><see cref="NameLexicons.GivenNames"/>.</summary>
    GivenName = 1u << 17,
    /// <summary><see cref="EntityLexicons.ListSeparators"/>.</summary>
    ListSeparator = 1u << 18,
    /// <summary><see cref="OrganizationLexicons.Kinds"/>.</summary>
    OrganizationKind = 1u << 19,
    /// <summary><see cref="OrganizationLexicons.Openers"/>.</summary>
    OrganizationOpener = 1u << 20,
    /// <summary><see cref="LawLexicons.ProposedLawNouns"/>.</summary>
    ProposedLawNoun = 1u << 21,
    /// <summary><see cref="EntityLexicons.OpenerPrepositions"/>.</summary>
    OpenerPreposition = 1u << 22,
    /// <summary><see cref="EntityLexicons.PlacePrepositions"/>.</summary>
    PlacePreposition = 1u << 23,
    /// <summary><see cref="WorkLexicons.Heads"/>.</summary>
    WorkHead = 1u << 24,
    /// <summary><see cref="SpeechLexicons.SpeechVerbs"/>.</summary>
    SpeechVerb = 1u << 25,
    /// <summary><see cref="OrganizationLexicons.Heads"/> (as written, whatever its case).</summary>
    OrganizationHeadWord = 1u << 26,
    /// <summary>A capitalised weekday name (<see cref="WeekdayNames.Of"/>, the names <c>CalendarWords.Weekday</c> reads).</summary>
    Weekday = 1u << 27,
    /// <summary>A common English word and no given name (<see cref="CommonWords.IsCommon"/>).</summary>
    Common = 1u << 28,
    /// <summary><see cref="TitleLexicons.Honorifics"/>.</summary>
    Honorific = 1u << 29,
    /// <summary>
    /// A title may start at the word (<see cref="TitleWords.MayStartTitle"/>): a title modifier, the first word of a
    /// title, honorific or office noun, a title on its own (a plural too), or a word that may name a title's field. A
    /// superset of where the title phrase matcher (<c>Extraction.Roles.TitlePhrases.LengthAt</c>) finds a title, so a
    /// token without the bit starts none.
    /// </summary>
    TitleStart = 1u << 30,
    /// <summary>
    /// A capitalised common noun or adjective that may name a title's field ("Research" in "Research Lead"), as written
    /// (<see cref="TitleWords.IsScopeWord"/>): the title phrase matcher asks it of a token before the title after it,
    /// once a form instead of copying the token's text and reading its part of speech each time.
    /// </summary>
    ScopeWord = 1u << 31,
}
