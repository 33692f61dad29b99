namespace Knowledge.Lexicons;

/// <summary>
/// The word lists a token's exact text belongs to, one bit a list: what <see cref="LexemeTable"/> computes once
/// per distinct word and <see cref="Syntax.TokenTable"/> keeps per token, so rules test a bit instead of looking a
/// token's text up again. Each bit means exactly <c>list.Contains(text)</c> (or the variant its doc names).
/// </summary>
/// <remarks>
/// The token table packs a token's bits and its case shape into one key, the shape above bit 55: a list takes one of
/// the bits 0–55 (<see cref="Syntax.TokenTable.MostLexiconBits"/>).
/// </remarks>
[Flags]
internal enum TokenLexicons : ulong
{
    /// <summary>In no list.</summary>
    None = 0,
    /// <summary><see cref="EntityLexicons.NameConnectors"/>.</summary>
    NameConnector = 1ul << 0,
    /// <summary><see cref="NameLexicons.NameParticles"/>.</summary>
    NameParticle = 1ul << 1,
    /// <summary><see cref="LawLexicons.Heads"/>.</summary>
    LawHead = 1ul << 2,
    /// <summary><see cref="LawLexicons.Heads"/> holds the text without its trailing full stops.</summary>
    LawHeadTrimmed = 1ul << 3,
    /// <summary><see cref="EnglishLexicons.CommonCapitalized"/>.</summary>
    CommonCapitalized = 1ul << 4,
    /// <summary><see cref="EntityLexicons.AndConjunctions"/>.</summary>
    AndConjunction = 1ul << 5,
    /// <summary><see cref="EnglishLexicons.Months"/>.</summary>
    Month = 1ul << 6,
    /// <summary><see cref="OrganizationLexicons.NumberedUnitHeads"/>.</summary>
    NumberedUnitHead = 1ul << 7,
    /// <summary><see cref="LawLexicons.YearHeads"/>.</summary>
    LawYearHead = 1ul << 8,
    /// <summary><see cref="EntityLexicons.OfPrepositions"/>.</summary>
    OfPreposition = 1ul << 9,
    /// <summary><see cref="LawLexicons.LegislationHeads"/>.</summary>
    LegislationHead = 1ul << 10,
    /// <summary><see cref="EntityLexicons.DefiniteArticles"/>.</summary>
    DefiniteArticle = 1ul << 11,
    /// <summary>An organisation's head: <see cref="OrganizationLexicons.Heads"/> holds the text without trailing full stops and it starts with a capital, or <see cref="OrganizationLexicons.Suffixes"/> holds it.</summary>
    OrganizationHead = 1ul << 12,
    /// <summary><see cref="TitleLexicons.PersonTitles"/>.</summary>
    PersonTitle = 1ul << 13,
    /// <summary><see cref="TitleLexicons.Honorifics"/> holds the text without its trailing full stops.</summary>
    HonorificTrimmed = 1ul << 14,
    /// <summary><see cref="NameLexicons.Nationalities"/>.</summary>
    Nationality = 1ul << 15,
    /// <summary><see cref="NameLexicons.Places"/>.</summary>
    Place = 1ul << 16,
    /// <summary><see cref="NameLexicons.GivenNames"/>.</summary>
    GivenName = 1ul << 17,
    /// <summary><see cref="EntityLexicons.ListSeparators"/>.</summary>
    ListSeparator = 1ul << 18,
    /// <summary><see cref="OrganizationLexicons.Kinds"/>.</summary>
    OrganizationKind = 1ul << 19,
    /// <summary><see cref="OrganizationLexicons.Openers"/>.</summary>
    OrganizationOpener = 1ul << 20,
    /// <summary><see cref="LawLexicons.ProposedLawNouns"/>.</summary>
    ProposedLawNoun = 1ul << 21,
    /// <summary><see cref="EntityLexicons.OpenerPrepositions"/>.</summary>
    OpenerPreposition = 1ul << 22,
    /// <summary><see cref="EntityLexicons.PlacePrepositions"/>.</summary>
    PlacePreposition = 1ul << 23,
    /// <summary><see cref="WorkLexicons.Heads"/>.</summary>
    WorkHead = 1ul << 24,
    /// <summary><see cref="SpeechLexicons.SpeechVerbs"/>.</summary>
    SpeechVerb = 1ul << 25,
    /// <summary><see cref="OrganizationLexicons.Heads"/> (as written, whatever its case).</summary>
    OrganizationHeadWord = 1ul << 26,
    /// <summary>A capitalised weekday name (<see cref="WeekdayNames.Of"/>, the names <c>CalendarWords.Weekday</c> reads).</summary>
    Weekday = 1ul << 27,
    /// <summary>A common English word and no given name (<see cref="CommonWords.IsCommon"/>).</summary>
    Common = 1ul << 28,
    /// <summary><see cref="TitleLexicons.Honorifics"/>.</summary>
    Honorific = 1ul << 29,
    /// <summary>
    /// A title may start at the word (<see cref="TitleWords.MayStartTitle"/>): a title modifier, the first word of a
    /// title, honorific or office noun, a title on its own (a plural too), or a word that may name a title's field. A
    /// superset of where the title phrase matcher (<c>Extraction.Roles.TitlePhrases.LengthAt</c>) finds a title, so a
    /// token without the bit starts none.
    /// </summary>
    TitleStart = 1ul << 30,
    /// <summary>
    /// A capitalised common noun or adjective that may name a title's field ("Research" in "Research Lead"), as written
    /// (<see cref="TitleWords.IsScopeWord"/>): the title phrase matcher asks it of a token before the title after it,
    /// once a form instead of copying the token's text and reading its part of speech each time.
    /// </summary>
    ScopeWord = 1ul << 31,
    /// <summary><see cref="SpeechLexicons.Gerunds"/>.</summary>
    SpeechGerund = 1ul << 32,
    /// <summary>A source-after phrase of <see cref="SpeechLexicons.Verbs"/> ("according to") opens with the word (<see cref="SpeechLexicons.OpensSourceAfterPhrase"/>).</summary>
    SourceAfterOpener = 1ul << 33,
    /// <summary>
    /// An event trigger may open at the word: its lower-case form is the first word of an entry of
    /// <see cref="EventLexicons.Triggers"/> (<see cref="EventLexicons.OpensTrigger"/>), or the form holds a surrogate (read
    /// as the lower-cased text reads it, not by the bit).
    /// </summary>
    TriggerOpener = 1ul << 34,
    /// <summary><see cref="WorkLexicons.DocumentNouns"/>.</summary>
    DocumentNoun = 1ul << 35,
    /// <summary><see cref="TitleLexicons.Modifiers"/>: the title phrase matcher and the titled-name rule ask it of each word before a title.</summary>
    TitleModifier = 1ul << 36,
    /// <summary>
    /// A phrase of <see cref="TitleLexicons.PersonTitles"/> may open at the word: the word, up to its first space, is the
    /// text before the first space of an entry (<see cref="TitleWords.OpensPersonTitle"/>).
    /// </summary>
    PersonTitleStart = 1ul << 37,
    /// <summary>
    /// The date rules must read a token of this text further (<see cref="DateStarters.MayStartDate"/>): it opens with a
    /// digit, is a month or weekday name, a relative, deictic or count word in any case, or holds a character outside ASCII.
    /// </summary>
    DateStarter = 1ul << 38,
    /// <summary>
    /// A phrase of the role words (models/roles/role-words.txt: "served as", "is the", "one of the") opens with the word as
    /// written (<see cref="RoleLexicons.OpensPhrase"/>): the role rules look a phrase up only at a token with the bit.
    /// </summary>
    RolePhraseOpener = 1ul << 39,
    /// <summary><see cref="WorkLexicons.PublishingVerbs"/>.</summary>
    PublishingVerb = 1ul << 40,
}
