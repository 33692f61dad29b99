namespace Knowledge.Lexicons;

/// <summary>Words that make, open, end and divide organisations' names.</summary>
public sealed class OrganizationLexicons
{
    internal OrganizationLexicons(LexiconLoader load)
    {
        Heads = load.List("organizations/heads");
        Suffixes = load.List("organizations/suffixes");
        Openers = load.List("organizations/openers");
        Kinds = load.List("organizations/kinds");
        var units = load.Table("organizations/units");
        Units = units.Entries();
        ParentUnitHeads = WithTrait(units, "before-parent");
        FieldUnitHeads = WithTrait(units, "field");
        NumberedUnitHeads = WithTrait(units, "numbered");
        FieldHeads = load.Table("organizations/field-heads");
        NotFields = load.List("organizations/not-fields", caseSensitive: true);
        VariableConnectors = load.List("organizations/variable-connectors");
        StandaloneHeads = load.List("organizations/standalone-heads", caseSensitive: true);
        AgentPhrases = load.List("organizations/agent-phrases", caseSensitive: true);
        SourcePhrases = load.List("organizations/source-phrases", caseSensitive: true);
        GovernmentNouns = load.List("organizations/government-nouns", caseSensitive: true);
        MarketWords = load.List("organizations/market-words", caseSensitive: true);
        MarketPhrases = load.List("organizations/market-phrases", caseSensitive: true);
        ExampleMarkers = load.List("organizations/example-markers", caseSensitive: true);
        PostedHeads = load.List("organizations/posted-heads", caseSensitive: true);
        SponsorPhrases = load.List("organizations/sponsor-phrases", caseSensitive: true);
    }

    /// <summary>Words of the market after a company's name or possessive ("stock", "CEO"). (models/organizations/market-words.txt)</summary>
    internal Lexicon MarketWords { get; }

    /// <summary>Phrases of the market right before a company's name ("shares of"). (models/organizations/market-phrases.txt)</summary>
    internal Lexicon MarketPhrases { get; }

    /// <summary>Heads of a body posted abroad, whose place after "in" belongs to the name ("Embassy"). (models/organizations/posted-heads.txt)</summary>
    internal Lexicon PostedHeads { get; }

    /// <summary>Phrases of a company's part right after its name ("as principal sponsor"). (models/organizations/sponsor-phrases.txt)</summary>
    internal Lexicon SponsorPhrases { get; }

    /// <summary>Words between a plural kind of body and its examples ("like", "such as"). (models/organizations/example-markers.txt)</summary>
    internal Lexicon ExampleMarkers { get; }

    /// <summary>Words that head or end an organisation's name ("Mission", "Council", "Department"). (models/organizations/heads.txt)</summary>
    public Lexicon Heads { get; }

    /// <summary>Company suffixes ("Inc.", "Ltd."). (models/organizations/suffixes.txt)</summary>
    public Lexicon Suffixes { get; }

    /// <summary>Words that open an organisation's name ("Department of", "University of"). (models/organizations/openers.txt)</summary>
    public Lexicon Openers { get; }

    /// <summary>Common nouns for kinds of organisation ("company", "agency", "non-profit"). (models/organizations/kinds.txt)</summary>
    public Lexicon Kinds { get; }

    /// <summary>Words that head a unit of a larger body ("Division", "Field Office", "Committee"). (models/organizations/units.txt)</summary>
    public Lexicon Units { get; }

    /// <summary>Heads of bodies also named by their field first, with the word of their other form ("Ministry", "of"). (models/organizations/field-heads.txt)</summary>
    public LexiconTable FieldHeads { get; }

    /// <summary>Words that open a name before a field head without being its field ("National"). (models/organizations/not-fields.txt)</summary>
    public Lexicon NotFields { get; }

    /// <summary>Connectors writers vary inside a long name ("of", "on", "for"). (models/organizations/variable-connectors.txt)</summary>
    public Lexicon VariableConnectors { get; }

    /// <summary>Heads that name an organisation alone mid-sentence ("Congress", "Senate"). (models/organizations/standalone-heads.txt)</summary>
    public Lexicon StandaloneHeads { get; }

    /// <summary>Heads of a unit named before "of" and its parent body ("Division", "Bureau"). (the before-parent trait of models/organizations/units.txt)</summary>
    public Lexicon ParentUnitHeads { get; }

    /// <summary>Heads of a field unit written in parentheses after its parent ("Office", "Station"). (the field trait of models/organizations/units.txt)</summary>
    public Lexicon FieldUnitHeads { get; }

    /// <summary>Words for a numbered unit whose number belongs to the name ("Branch", "Precinct"). (the numbered trait of models/organizations/units.txt)</summary>
    public Lexicon NumberedUnitHeads { get; }

    /// <summary>A verb of organising or producing and "by", before the acting organisation ("hosted by"). (models/organizations/agent-phrases.txt)</summary>
    public Lexicon AgentPhrases { get; }

    /// <summary>Phrases that name a source before an acronym ("according to"). (models/organizations/source-phrases.txt)</summary>
    public Lexicon SourcePhrases { get; }

    /// <summary>Nouns that make a country's name a national government's ("government"). (models/organizations/government-nouns.txt)</summary>
    public Lexicon GovernmentNouns { get; }

    /// <summary>The unit words whose traits column holds a trait, matched case-sensitively.</summary>
    private static Lexicon WithTrait(LexiconTable units, string trait) =>
        new(units.Name + ":" + trait, units.Rows.Where(r => r.Length > 1 && r[1].Split(',', StringSplitOptions.TrimEntries).Contains(trait)).Select(r => r[0]), caseSensitive: true);
}
