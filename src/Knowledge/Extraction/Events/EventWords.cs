namespace Knowledge.Extraction.Events;

/// <summary>The closed word classes the event rules read: auxiliaries, modals, objects of each trigger family.</summary>
internal static class EventWords
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    /// <summary>Words that put the verb after them in the future, a wish or a hypothesis.</summary>
    public static readonly HashSet<string> Modals = Set("will", "would", "should", "could", "can", "may", "might", "must", "shall", "to", "ll", "'ll", "’ll", "cannot");

    /// <summary>Words that negate the verb after them.</summary>
    public static readonly HashSet<string> Negations = Set("not", "never", "n't", "no", "nor");

    /// <summary>Forms of "be" that make a participle passive.</summary>
    public static readonly HashSet<string> Be = Set("was", "were", "is", "are", "been", "be", "being", "am", "'s", "’s");

    /// <summary>Forms of "have" that make the perfect.</summary>
    public static readonly HashSet<string> Have = Set("has", "have", "had", "having", "'ve", "’ve");

    /// <summary>Words that may stand between an auxiliary and its verb.</summary>
    public static readonly HashSet<string> Between = Set("also", "then", "just", "since", "already", "recently", "subsequently", "eventually", "later", "first", "finally", "officially", "formally", "jointly", "publicly", "successfully", "unanimously", "now", "only", "fully");

    /// <summary>Words that open a clause about a condition or a time that may not have come.</summary>
    public static readonly HashSet<string> Conditionals = Set("if", "when", "once", "unless", "until", "whether");

    /// <summary>Words that quantify a count: "more than 1,000", "over 300".</summary>
    public static readonly HashSet<string> CountWords = Set("more", "over", "least", "nearly", "almost", "about", "around", "some", "than", "hundreds", "thousands", "dozens", "numerous", "several", "many");

    /// <summary>Nouns that name a written work whose release is a Publication.</summary>
    public static readonly HashSet<string> Works = Set("report", "reports", "study", "studies", "paper", "white", "guidebook", "guide", "handbook", "findings", "results", "data", "principles", "guidelines", "survey", "brief", "book", "research", "analysis", "assessment", "index", "statement", "toolkit", "framework", "manual", "review", "booklet", "report’s", "report's");

    /// <summary>Nouns that name a product or show whose release is a Launch.</summary>
    public static readonly HashSet<string> Products = Set("podcast", "series", "episode", "episodes", "film", "documentary", "app", "application", "album", "song", "video", "game", "platform", "website", "product", "tool", "season", "show");

    /// <summary>Words that say a person, not a work, is released.</summary>
    public static readonly HashSet<string> PersonRelease = Set("prison", "jail", "custody", "detention", "bail", "parole", "hospital", "captivity", "hostage", "hostages", "prisoner", "prisoners", "detainee", "detainees");

    /// <summary>Nouns that name a law in the making.</summary>
    public static readonly HashSet<string> LawWords = Set("bill", "bills", "act", "law", "laws", "ordinance", "ordinances", "legislation", "measure", "resolution", "treaty", "amendment", "statute", "decree", "executive", "constitution", "code", "regulation", "regulations");

    /// <summary>Nouns that name a gathering.</summary>
    public static readonly HashSet<string> Gatherings = Set("conference", "summit", "festival", "celebration", "forum", "seminar", "workshop", "symposium", "webinar", "convention", "ceremony", "gathering", "event", "meeting", "congress", "expo", "assembly", "rally", "launch", "fair", "gala", "dialogue", "roundtable");

    /// <summary>Verbs that hold a gathering.</summary>
    public static readonly HashSet<string> Holding = Set("held", "hosted", "organized", "organised", "co-organized", "co-organised", "co-hosted", "convened", "gathered", "staged", "opened", "attended", "welcomed");

    /// <summary>What one delivers at a gathering.</summary>
    public static readonly HashSet<string> Talks = Set("speech", "remarks", "keynote", "address", "lecture", "message", "talk", "presentation");

    /// <summary>Words before "sentence" that make it a penalty, not a grammatical sentence.</summary>
    public static readonly HashSet<string> PenaltyCues = Set("life", "prison", "jail", "death", "year", "years", "received", "given", "handed", "imposed", "meted", "gave", "serving", "served", "suspended", "maximum", "minimum", "reduced", "harsher", "lenient");

    /// <summary>Verbs before "guilty" that make a conviction.</summary>
    public static readonly HashSet<string> GuiltyVerbs = Set("found", "pleaded", "pled", "declared", "adjudged", "judged", "finds", "plead");

    /// <summary>Objects of "issued" that make an official act, not a publication.</summary>
    public static readonly HashSet<string> Notices = Set("notice", "notices", "order", "orders", "warrant", "warrants", "directive", "directives", "summons", "subpoena", "subpoenas", "warning", "warnings");

    /// <summary>Objects of "signed" that make a partnership.</summary>
    public static readonly HashSet<string> Agreements = Set("agreement", "memorandum", "mou", "moa", "pact", "deal", "accord", "partnership", "contract");

    /// <summary>Objects of "launched" that are not something set up ("launched an attack").</summary>
    public static readonly HashSet<string> NotLaunched = Set("attack", "attacks", "appeal", "bid", "offensive", "strike", "strikes", "missile", "missiles", "rocket", "rockets", "tirade", "probe", "investigation", "inquiry", "into");

    /// <summary>Objects of "transitioned"/"began to focus" that make a programme's change of course.</summary>
    public static readonly HashSet<string> Programmes = Set("program", "programme", "programs", "programmes", "focus", "work", "operations", "strategy", "mission", "business", "model");

    /// <summary>Determiners and possessives that open a noun phrase.</summary>
    public static readonly HashSet<string> Determiners = Set("the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these", "those", "my", "your", "new");

    /// <summary>Words that mark speech as reported at a named gathering: "spoke at", "speaking at".</summary>
    public static readonly HashSet<string> At = Set("at", "during", "before", "to");
}
