using System.Reflection;

namespace Knowledge.Lexicons;

/// <summary>
/// The lexicons of models/, embedded in the library as resources so it works from the package alone.
/// <see cref="Default"/> loads them once; a user may build their own set with <see cref="Load"/>.
/// </summary>
public sealed class LexiconSet
{
    private static readonly Lazy<LexiconSet> LazyDefault = new(() => Load(name => ReadResource(name)));
    private readonly Dictionary<string, Lexicon> _byName;

    private LexiconSet(Dictionary<string, Lexicon> byName) => _byName = byName;

    /// <summary>The lexicons embedded in the library.</summary>
    public static LexiconSet Default => LazyDefault.Value;

    /// <summary>The names of the lexicons every pipeline expects.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "abbreviations", "title-abbreviations", "sentence-starters", "honorifics", "person-titles",
        "organization-heads", "organization-suffixes", "organization-openers", "speech-verbs", "given-names",
        "places", "common-capitalized", "event-triggers", "months", "law-heads", "work-heads", "nationalities",
        "organization-kinds", "organization-units", "relation-cues",
    ];

    /// <summary>Loads every lexicon through a reader that returns a lexicon file's text by name.</summary>
    public static LexiconSet Load(Func<string, string> readText)
    {
        var dict = new Dictionary<string, Lexicon>(StringComparer.Ordinal);
        foreach (var name in Names) dict[name] = Lexicon.Parse(name, readText(name));
        return new LexiconSet(dict);
    }

    /// <summary>A lexicon by name.</summary>
    public Lexicon this[string name] => _byName.TryGetValue(name, out var l)
        ? l : throw new KeyNotFoundException($"No lexicon named '{name}'. Known: {string.Join(", ", _byName.Keys)}.");

    /// <summary>Abbreviations that keep their period ("e.g.", "Inc.", "No.").</summary>
    public Lexicon Abbreviations => this["abbreviations"];

    /// <summary>Abbreviated titles that precede a name and never end a sentence ("Atty.", "Sen.", "Dr.").</summary>
    public Lexicon TitleAbbreviations => this["title-abbreviations"];

    /// <summary>Words that commonly start a sentence, used to decide whether an abbreviation ends one.</summary>
    public Lexicon SentenceStarters => this["sentence-starters"];

    /// <summary>Honorifics written before names ("Mr", "Atty", "Senator").</summary>
    public Lexicon Honorifics => this["honorifics"];

    /// <summary>Job titles and offices ("Executive Director", "Chairperson").</summary>
    public Lexicon PersonTitles => this["person-titles"];

    /// <summary>Words that head or end an organisation's name ("Mission", "Council", "Department").</summary>
    public Lexicon OrganizationHeads => this["organization-heads"];

    /// <summary>Company suffixes ("Inc.", "Ltd.").</summary>
    public Lexicon OrganizationSuffixes => this["organization-suffixes"];

    /// <summary>Words that open an organisation's name ("Department of", "University of").</summary>
    public Lexicon OrganizationOpeners => this["organization-openers"];

    /// <summary>Speech verbs and cues ("said", "according to").</summary>
    public Lexicon SpeechVerbs => this["speech-verbs"];

    /// <summary>Given names.</summary>
    public Lexicon GivenNames => this["given-names"];

    /// <summary>Countries, regions and cities.</summary>
    public Lexicon Places => this["places"];

    /// <summary>Capitalised words that are not names on their own.</summary>
    public Lexicon CommonCapitalized => this["common-capitalized"];

    /// <summary>Event trigger words, as "word\tEventType".</summary>
    public Lexicon EventTriggers => this["event-triggers"];

    /// <summary>Common nouns for kinds of organisation ("company", "agency", "non-profit").</summary>
    public Lexicon OrganizationKinds => this["organization-kinds"];

    /// <summary>Month names and abbreviations.</summary>
    public Lexicon Months => this["months"];

    /// <summary>Words that head a law's name ("Act", "Bill", "Ordinance").</summary>
    public Lexicon LawHeads => this["law-heads"];

    /// <summary>Words that head a work's name ("Report", "Study").</summary>
    public Lexicon WorkHeads => this["work-heads"];

    /// <summary>Nationality and demonym adjectives ("Filipino", "American").</summary>
    public Lexicon Nationalities => this["nationalities"];

    /// <summary>Words that head a unit of a larger body ("Division", "Field Office", "Committee").</summary>
    public Lexicon OrganizationUnits => this["organization-units"];

    /// <summary>Cue phrases that relate two names, with the edge type they give ("amends", "member of").</summary>
    public Lexicon RelationCues => this["relation-cues"];

    private static string ReadResource(string name)
    {
        var asm = typeof(LexiconSet).GetTypeInfo().Assembly;
        using var stream = asm.GetManifestResourceStream($"Knowledge.Models.{name}.txt")
            ?? throw new InvalidOperationException($"The lexicon '{name}' is not embedded in {asm.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
