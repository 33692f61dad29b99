namespace Knowledge.Lexicons;

/// <summary>General English word classes: closed classes (articles, pronouns, prepositions, auxiliaries), months and weekdays, abbreviations, and the capitalised words that are not names.</summary>
public sealed class EnglishLexicons
{
    internal EnglishLexicons(LexiconLoader load)
    {
        Abbreviations = load.List("english/abbreviations");
        SentenceStarters = load.List("english/sentence-starters");
        CommonCapitalized = load.List("english/common-capitalized");
        Months = load.List("english/months");
        NumberWords = load.List("english/number-words");
        DefiniteArticles = load.List("english/definite-articles");
        IndefiniteArticles = load.List("english/indefinite-articles");
        Articles = new Lexicon("english/definite-articles+indefinite-articles", [.. DefiniteArticles.Entries, .. IndefiniteArticles.Entries]);
        Demonstratives = load.List("english/demonstratives");
        PossessiveDeterminers = load.List("english/possessive-determiners");
        PersonalPronouns = load.List("english/personal-pronouns");
        ThirdPersonSubjectPronouns = load.List("english/third-person-subject-pronouns");
        BeForms = load.List("english/be-forms");
        HaveForms = load.List("english/have-forms");
        Modals = load.List("english/modals");
        Negations = load.List("english/negations");
        TitleCaseMinorWords = load.List("english/title-case-minor-words", caseSensitive: true);
        PluralEndings = load.Table("english/plural-endings");
        CommonWords = load.Parse("english/common-words", CommonWordTable.Parse);
        OrdinalSuffixes = load.List("english/ordinal-suffixes");
        NumberAbbreviations = load.List("english/number-abbreviations");
    }

    /// <summary>Abbreviations that keep their period ("e.g.", "Inc.", "No."). (models/english/abbreviations.txt)</summary>
    public Lexicon Abbreviations { get; }

    /// <summary>Words that commonly start a sentence, used to decide whether an abbreviation ends one. (models/english/sentence-starters.txt)</summary>
    public Lexicon SentenceStarters { get; }

    /// <summary>Capitalised words that are not names on their own. (models/english/common-capitalized.txt)</summary>
    public Lexicon CommonCapitalized { get; }

    /// <summary>Month names and abbreviations. (models/english/months.txt)</summary>
    public Lexicon Months { get; }

    /// <summary>Cardinal numbers written as words, zero to twelve, in order. (models/english/number-words.txt)</summary>
    public Lexicon NumberWords { get; }

    /// <summary>Articles: "the", "a", "an" (the definite and indefinite ones).</summary>
    public Lexicon Articles { get; }

    /// <summary>Demonstratives: "this", "that", "these", "those". (models/english/demonstratives.txt)</summary>
    public Lexicon Demonstratives { get; }

    /// <summary>Possessive determiners: "its", "their", "his", … (models/english/possessive-determiners.txt)</summary>
    public Lexicon PossessiveDeterminers { get; }

    /// <summary>Personal pronouns, subject and object forms. (models/english/personal-pronouns.txt)</summary>
    public Lexicon PersonalPronouns { get; }

    /// <summary>"he", "she", "they": pronouns that can stand for a named speaker. (models/english/third-person-subject-pronouns.txt)</summary>
    public Lexicon ThirdPersonSubjectPronouns { get; }

    /// <summary>Forms of "be". (models/english/be-forms.txt)</summary>
    public Lexicon BeForms { get; }

    /// <summary>Forms of "have". (models/english/have-forms.txt)</summary>
    public Lexicon HaveForms { get; }

    /// <summary>Modal auxiliaries. (models/english/modals.txt)</summary>
    public Lexicon Modals { get; }

    /// <summary>Negations: "not", "never", "n't". (models/english/negations.txt)</summary>
    public Lexicon Negations { get; }

    /// <summary>Function words left in lower case in title case ("of", "the"). (models/english/title-case-minor-words.txt)</summary>
    public Lexicon TitleCaseMinorWords { get; }

    /// <summary>Common English words (WordNet lemmas written in lower case) with their most frequent part of speech. (models/english/common-words.txt)</summary>
    internal CommonWordTable CommonWords { get; }

    /// <summary>How a plural ending becomes the singular's ("ies" → "y"), tried in order. (models/english/plural-endings.txt)</summary>
    public LexiconTable PluralEndings { get; }

    /// <summary>Endings of ordinal numbers written with digits ("st", "nd", "rd", "th"). (models/english/ordinal-suffixes.txt)</summary>
    public Lexicon OrdinalSuffixes { get; }

    /// <summary>Abbreviations of "number" written before one ("No", "Nos"). (models/english/number-abbreviations.txt)</summary>
    public Lexicon NumberAbbreviations { get; }

    /// <summary>The definite article, which may open a name without being part of it. (models/english/definite-articles.txt)</summary>
    public Lexicon DefiniteArticles { get; }

    /// <summary>The indefinite articles: "a", "an". (models/english/indefinite-articles.txt)</summary>
    public Lexicon IndefiniteArticles { get; }
}
