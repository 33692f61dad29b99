namespace Knowledge.Lexicons;

/// <summary>Titles people hold and the honorifics written before their names.</summary>
public sealed class TitleLexicons
{
    internal TitleLexicons(LexiconLoader load)
    {
        PersonTitles = load.List("titles/person-titles");
        OfficeNouns = load.List("titles/office-nouns");
        Honorifics = load.List("titles/honorifics");
        TitleAbbreviations = load.List("titles/title-abbreviations");
        Modifiers = load.List("titles/title-modifiers");
        CourtesyTitles = load.List("titles/courtesy-titles");
        AmbiguousLowerCaseTitles = load.List("titles/ambiguous-lower-case-titles", caseSensitive: true);
    }

    /// <summary>Job titles and offices ("Executive Director", "Chairperson"). (models/titles/person-titles.txt)</summary>
    public Lexicon PersonTitles { get; }

    /// <summary>
    /// Nouns that name an office, rank or occupation ("speaker", "premier", "constable", "commentator"),
    /// generated from WordNet: the heads a title may end in beyond the hand-kept job titles. (models/titles/office-nouns.txt)
    /// </summary>
    public Lexicon OfficeNouns { get; }

    /// <summary>Honorifics written before names ("Mr", "Atty", "Senator"). (models/titles/honorifics.txt)</summary>
    public Lexicon Honorifics { get; }

    /// <summary>Abbreviated titles that precede a name and never end a sentence ("Atty.", "Sen.", "Dr."). (models/titles/title-abbreviations.txt)</summary>
    public Lexicon TitleAbbreviations { get; }

    /// <summary>Words that qualify a title without being one ("former", "Acting", "Deputy"). (models/titles/title-modifiers.txt)</summary>
    public Lexicon Modifiers { get; }

    /// <summary>Courtesy honorifics that are no office ("Mr", "Atty", "Prof"). (models/titles/courtesy-titles.txt)</summary>
    public Lexicon CourtesyTitles { get; }

    /// <summary>Lower-case titles that are also common nouns or verbs ("lead", "host"), which do not make the words after them a name. (models/titles/ambiguous-lower-case-titles.txt)</summary>
    public Lexicon AmbiguousLowerCaseTitles { get; }
}
