namespace Knowledge.Lexicons;

/// <summary>Words the quote finders and attributors read around quotes.</summary>
internal sealed class QuoteLexicons
{
    private readonly LexiconRoles<QuoteWordRole> _roles;

    internal QuoteLexicons(LexiconLoader load)
    {
        Words = load.Table("quotes/quote-words");
        _roles = new LexiconRoles<QuoteWordRole>(Words);
        NamingWords = load.List("quotes/naming-words");
        GroupNouns = load.List("quotes/group-nouns");
        PersonNouns = load.List("quotes/person-nouns");
        InterposedWords = load.List("quotes/interposed-words");
        VerdictWords = load.List("quotes/verdict-words");
        TribunalHeads = load.List("quotes/tribunal-heads");
        SettingWords = load.List("quotes/setting-words");
        SettingOpeners = load.List("quotes/setting-openers");
        SpeechSettings = load.List("quotes/speech-settings");
        OccasionNouns = load.List("quotes/occasion-nouns");
    }

    /// <summary>The function words of the quote rules and their roles: word, role ("by", "agent"). (models/quotes/quote-words.txt)</summary>
    public LexiconTable Words { get; }

    /// <summary>Words that present quoted text as a name or question, not a statement ("titled", "slogan"). (models/quotes/naming-words.txt)</summary>
    public Lexicon NamingWords { get; }

    /// <summary>Head nouns of a group of people that speaks ("survivors", "coalition"). (models/quotes/group-nouns.txt)</summary>
    public Lexicon GroupNouns { get; }

    /// <summary>Nouns that stand for a person by what they do ("official", "lawmaker"). (models/quotes/person-nouns.txt)</summary>
    public Lexicon PersonNouns { get; }

    /// <summary>Adverbs and auxiliaries that may stand between a source and its speech verb ("also", "has"). (models/quotes/interposed-words.txt)</summary>
    public Lexicon InterposedWords { get; }

    /// <summary>Words that make "found" a verdict or discovery ("guilty", "bodies"). (models/quotes/verdict-words.txt)</summary>
    public Lexicon VerdictWords { get; }

    /// <summary>Words of the names of bodies that rule rather than report ("court", "jury"). (models/quotes/tribunal-heads.txt)</summary>
    public Lexicon TribunalHeads { get; }

    /// <summary>Words that may stand between a speech cue and its date ("reporters", "briefing", "on"). (models/quotes/setting-words.txt)</summary>
    public Lexicon SettingWords { get; }

    /// <summary>Words that open a sentence's setting adverbial ("In", "Speaking"). (models/quotes/setting-openers.txt)</summary>
    public Lexicon SettingOpeners { get; }

    /// <summary>Words that make an opening adverbial a speech or statement ("Speaking", "statement"). (models/quotes/speech-settings.txt)</summary>
    public Lexicon SpeechSettings { get; }

    /// <summary>Nouns of the occasions a statement is made at ("signing", "summit"). (models/quotes/occasion-nouns.txt)</summary>
    public Lexicon OccasionNouns { get; }

    /// <summary>Whether a function word plays a role in the quote rules.</summary>
    internal bool Is(string word, QuoteWordRole role) => _roles.Is(word, role);

    /// <summary>Whether a word plays a role, the word read in place.</summary>
    internal bool Is(ReadOnlySpan<char> word, QuoteWordRole role) => _roles.Is(word, role);

    /// <summary>The function words that play a role.</summary>
    internal Lexicon this[QuoteWordRole role] => _roles[role];
}
