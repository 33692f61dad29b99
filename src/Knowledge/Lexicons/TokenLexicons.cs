namespace Knowledge.Lexicons;

/// <summary>
/// The word lists a token's exact text belongs to, one bit a list: what <see cref="LexemeTable"/> computes once
/// per distinct word and <see cref="Syntax.TokenTable"/> keeps per token, so rules test a bit instead of looking a
/// token's text up again. Each bit means exactly <c>list.Contains(text)</c> (or the variant its doc names).
/// </summary>
[Flags]
internal enum TokenLexicons : ulong
{
    /// <summary>In no list.</summary>
    None = 0,
    /// <summary><see cref="EntityLexicons.NameConnectors"/>.</summary>
    NameConnector = 1UL << 0,
    /// <summary><see cref="NameLexicons.NameParticles"/>.</summary>
    NameParticle = 1UL << 1,
    /// <summary><see cref="LawLexicons.Heads"/>.</summary>
    LawHead = 1UL << 2,
    /// <summary><see cref="LawLexicons.Heads"/> holds the text without its trailing full stops.</summary>
    LawHeadTrimmed = 1UL << 3,
    /// <summary><see cref="EnglishLexicons.CommonCapitalized"/>.</summary>
    CommonCapitalized = 1UL << 4,
    /// <summary><see cref="EntityLexicons.AndConjunctions"/>.</summary>
    AndConjunction = 1UL << 5,
    /// <summary><see cref="EnglishLexicons.Months"/>.</summary>
    Month = 1UL << 6,
    /// <summary><see cref="OrganizationLexicons.NumberedUnitHeads"/>.</summary>
    NumberedUnitHead = 1UL << 7,
    /// <summary><see cref="LawLexicons.YearHeads"/>.</summary>
    LawYearHead = 1UL << 8,
    /// <summary><see cref="EntityLexicons.OfPrepositions"/>.</summary>
    OfPreposition = 1UL << 9,
    /// <summary><see cref="LawLexicons.LegislationHeads"/>.</summary>
    LegislationHead = 1UL << 10,
    /// <summary><see cref="EntityLexicons.DefiniteArticles"/>.</summary>
    DefiniteArticle = 1UL << 11,
    /// <summary>An organisation's head: <see cref="OrganizationLexicons.Heads"/> holds the text without trailing full stops and it starts with a capital, or <see cref="OrganizationLexicons.Suffixes"/> holds it.</summary>
    OrganizationHead = 1UL << 12,
    /// <summary><see cref="TitleLexicons.PersonTitles"/>.</summary>
    PersonTitle = 1UL << 13,
    /// <summary><see cref="TitleLexicons.Honorifics"/> holds the text without its trailing full stops.</summary>
    HonorificTrimmed = 1UL << 14,
    /// <summary><see cref="NameLexicons.Nationalities"/>.</summary>
    Nationality = 1UL << 15,
    /// <summary><see cref="NameLexicons.Places"/>.</summary>
    Place = 1UL << 16,
    /// <summary><see cref="NameLexicons.GivenNames"/>.</summary>
    GivenName = 1UL << 17,
    /// <summary><see cref="EntityLexicons.ListSeparators"/>.</summary>
    ListSeparator = 1UL << 18,
    /// <summary><see cref="OrganizationLexicons.Kinds"/>.</summary>
    OrganizationKind = 1UL << 19,
    /// <summary><see cref="OrganizationLexicons.Openers"/>.</summary>
    OrganizationOpener = 1UL << 20,
    /// <summary><see cref="LawLexicons.ProposedLawNouns"/>.</summary>
    ProposedLawNoun = 1UL << 21,
    /// <summary><see cref="EntityLexicons.OpenerPrepositions"/>.</summary>
    OpenerPreposition = 1UL << 22,
    /// <summary><see cref="EntityLexicons.PlacePrepositions"/>.</summary>
    PlacePreposition = 1UL << 23,
    /// <summary><see cref="WorkLexicons.Heads"/>.</summary>
    WorkHead = 1UL << 24,
    /// <summary><see cref="SpeechLexicons.SpeechVerbs"/>.</summary>
    SpeechVerb = 1UL << 25,
    /// <summary><see cref="OrganizationLexicons.Heads"/> (as written, whatever its case).</summary>
    OrganizationHeadWord = 1UL << 26,
    /// <summary>A capitalised weekday name (<see cref="Extraction.Dates.CalendarWords.Weekday"/>).</summary>
    Weekday = 1UL << 27,
    /// <summary>A common English word and no given name (<see cref="Extraction.Entities.CommonWords.IsCommon"/>).</summary>
    Common = 1UL << 28,
    /// <summary><see cref="TitleLexicons.Honorifics"/>.</summary>
    Honorific = 1UL << 29,
}
