namespace Knowledge.Lexicons;

/// <summary>
/// Words that tell events: the trigger lexicon with each trigger's type and form, and the word classes
/// the event rules read around a trigger (the objects of each family, auxiliaries, markers of counts,
/// dates and parts). Shared English classes (be and have forms, modals, negations, determiners,
/// personal pronouns) are read from <see cref="EnglishLexicons"/>.
/// </summary>
internal sealed partial class EventLexicons
{
    private const string ConvictedObject = "object";
    private const string ConvictedSubject = "subject";
    private const string NotRead = "-";

    internal EventLexicons(LexiconLoader load)
    {
        Triggers = load.Table("events/triggers");
        _triggerOpeners = TriggerOpeners(Triggers);
#if NET9_0_OR_GREATER
        _triggerOpenerSpans = _triggerOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        foreach (string opener in _triggerOpeners) _longestTriggerOpener = Math.Max(_longestTriggerOpener, opener.Length);
        var verdicts = load.Table("events/verdict-verbs");
        VerdictVerbs = verdicts.Entries();
        FindingVerbs = VerdictVerbsWith(verdicts, ConvictedObject);
        PleaVerbs = VerdictVerbsWith(verdicts, ConvictedSubject);
        AuxiliaryAdverbs = load.List("events/auxiliary-adverbs");
        Conditionals = load.List("events/conditionals");
        InfinitiveMarkers = load.List("events/infinitive-markers");
        HelpVerbs = load.List("events/help-verbs");
        HelpVerbsBeforeBase = load.List("events/help-verbs-before-base");
        ListConjunctions = load.List("events/list-conjunctions");
        AdjectiveOpeners = load.List("events/adjective-openers");
        CountWords = load.List("events/count-words");
        SumWords = load.List("events/sum-words");
        RunningTotalPhrases = load.List("events/running-total-phrases");
        SinceMarkers = load.List("events/since-markers");
        ObjectMarkers = load.List("events/object-markers");
        ParticipleEndings = load.List("events/participle-endings");
        AdverbEndings = load.List("events/adverb-endings");
        DateOpeners = load.List("events/date-openers");
        JustNowPhrases = load.List("events/just-now-phrases");
        PresentPerfectAuxiliaries = load.List("events/present-perfect-auxiliaries");
        RangeSeparators = load.List("events/range-separators", caseSensitive: true);
        RangeOpeners = load.List("events/range-openers");
        DefiniteGatheringOpeners = load.List("events/definite-gathering-openers");
        Works = load.List("events/works");
        Products = load.List("events/products");
        PersonReleaseCues = load.List("events/person-release-cues");
        LawNouns = load.List("events/law-nouns");
        Gatherings = load.List("events/gatherings");
        HoldingVerbs = load.List("events/holding-verbs");
        Talks = load.List("events/talks");
        ModifiedTalkNouns = load.List("events/modified-talk-nouns");
        GatheringPrepositions = load.List("events/gathering-prepositions");
        TopicPrepositions = load.List("events/topic-prepositions");
        Audience = load.List("events/audience");
        PraiseMarkers = load.List("events/praise-markers");
        VenuePrepositions = load.List("events/venue-prepositions");
        PossessiveMarkers = load.List("events/possessive-markers");
        IndefiniteArticles = load.List("english/indefinite-articles");
        PenaltyCues = load.List("events/penalty-cues");
        PenaltyCueEndings = load.List("events/penalty-cue-endings");
        PenaltyGivingVerbs = load.List("events/penalty-giving-verbs");
        RecipientMarkers = load.List("events/recipient-markers");
        Notices = load.List("events/notices");
        Agreements = load.List("events/agreements");
        PassingParticles = load.List("events/passing-particles");
        NotLaunched = load.List("events/not-launched");
        LaunchAdjuncts = load.List("events/launch-adjuncts");
        ObjectOpeners = load.List("events/object-openers");
        ReleaseModifiers = load.List("events/release-modifiers");
        EventObjects = load.Table("events/event-objects");
        Programmes = load.List("events/programmes");
        PartnerMarkers = load.List("events/partner-markers");
        ChargeMarkers = load.List("events/charge-markers");
        AgentMarkers = load.List("events/agent-markers");
        CompanionMarkers = load.List("events/companion-markers");
        LawAnaphors = load.List("events/law-anaphors");
        AnaphorDeterminers = load.List("events/anaphor-determiners");
        DescriptionStops = load.List("events/description-stops");
        OtherPronouns = load.List("events/other-pronouns");
        DescriptionOpeners = load.List("events/description-openers");
        Authorities = load.List("events/authorities");
        YearWorkHeads = load.List("works/document-nouns");
        YearWorkOpeners = load.List("events/year-work-openers");
    }

    /// <summary>Adverbs that may stand between an auxiliary and its verb ("was later convicted"). (models/events/auxiliary-adverbs.txt)</summary>
    public Lexicon AuxiliaryAdverbs { get; }

    /// <summary>Words that open a clause about a condition or a time that may not have come ("if convicted"). (models/events/conditionals.txt)</summary>
    public Lexicon Conditionals { get; }

    /// <summary>The infinitive marker "to": a trigger after it is planned or wished, like one after a modal. (models/events/infinitive-markers.txt)</summary>
    public Lexicon InfinitiveMarkers { get; }

    /// <summary>Forms of "help" before the infinitive marker ("helped to establish"). (models/events/help-verbs.txt)</summary>
    public Lexicon HelpVerbs { get; }

    /// <summary>Forms of "help" that make a help-infinitive trigger an event ("helped establish"). (models/events/help-verbs-before-base.txt)</summary>
    public Lexicon HelpVerbsBeforeBase { get; }

    /// <summary>Conjunctions that join two names of a list or two coordinated triggers: "and", "or". (models/events/list-conjunctions.txt)</summary>
    public Lexicon ListConjunctions { get; }

    /// <summary>Words before a participle that make it an adjective before a noun ("the convicted trafficker"). (models/events/adjective-openers.txt)</summary>
    public Lexicon AdjectiveOpeners { get; }

    /// <summary>Words that quantify a count after a trigger ("more than 1,000", "a total of 300"). (models/events/count-words.txt)</summary>
    public Lexicon CountWords { get; }

    /// <summary>Phrases that make a sentence a running total ("to date", "as of"). (models/events/running-total-phrases.txt)</summary>
    public Lexicon RunningTotalPhrases { get; }

    /// <summary>Words that count from a year on ("since 2011"). (models/events/since-markers.txt)</summary>
    public Lexicon SinceMarkers { get; }

    /// <summary>The word that ties a noun trigger to its object ("the arrest of"). (models/events/object-markers.txt)</summary>
    public Lexicon ObjectMarkers { get; }

    /// <summary>Endings of a past participle ("-ed", "-en"). (models/events/participle-endings.txt)</summary>
    public Lexicon ParticipleEndings { get; }

    /// <summary>The ending of an adverb ("-ly"). (models/events/adverb-endings.txt)</summary>
    public Lexicon AdverbEndings { get; }

    /// <summary>Words that may stand before a date that opens a sentence ("On May 3, …"). (models/events/date-openers.txt)</summary>
    public Lexicon DateOpeners { get; }

    /// <summary>Phrases that date a past event to the publication ("this week"). (models/events/just-now-phrases.txt)</summary>
    public Lexicon JustNowPhrases { get; }

    /// <summary>What stands between the two dates of a range ("to", "–"), case-sensitive. (models/events/range-separators.txt)</summary>
    public Lexicon RangeSeparators { get; }

    /// <summary>The word before the first date of a range ("from"). (models/events/range-openers.txt)</summary>
    public Lexicon RangeOpeners { get; }

    /// <summary>Phrases after a speech trigger that point to a gathering already named ("at the"). (models/events/definite-gathering-openers.txt)</summary>
    public Lexicon DefiniteGatheringOpeners { get; }

    /// <summary>Nouns of a written work whose release is a Publication. (models/events/works.txt)</summary>
    public Lexicon Works { get; }

    /// <summary>Nouns of a product or show whose release is a Launch. (models/events/products.txt)</summary>
    public Lexicon Products { get; }

    /// <summary>Words that say a person, not a work, was released ("prison", "hostages"). (models/events/person-release-cues.txt)</summary>
    public Lexicon PersonReleaseCues { get; }

    /// <summary>Nouns of a law in the making, which a legislative trigger needs near it. (models/events/law-nouns.txt)</summary>
    public Lexicon LawNouns { get; }

    /// <summary>Nouns of a gathering besides the Gathering triggers of noun forms; a speech trigger needs a gathering noun after it. (models/events/gatherings.txt)</summary>
    public Lexicon Gatherings { get; }

    /// <summary>Verbs that hold a gathering ("hosted", "convened"). (models/events/holding-verbs.txt)</summary>
    public Lexicon HoldingVerbs { get; }

    /// <summary>What one delivers at a gathering ("keynote", "remarks"). (models/events/talks.txt)</summary>
    public Lexicon Talks { get; }

    /// <summary>Talk nouns a talk-modifier trigger may stand before ("keynote speech"). (models/events/modified-talk-nouns.txt)</summary>
    public Lexicon ModifiedTalkNouns { get; }

    /// <summary>Words between a speech trigger and its gathering ("spoke at"). (models/events/gathering-prepositions.txt)</summary>
    public Lexicon GatheringPrepositions { get; }

    /// <summary>Words opening a talk's topic after a topic-verb trigger ("shared about"). (models/events/topic-prepositions.txt)</summary>
    public Lexicon TopicPrepositions { get; }

    /// <summary>Nouns of an audience ("addressed the delegates"). (models/events/audience.txt)</summary>
    public Lexicon Audience { get; }

    /// <summary>Words after "celebrated" that make it praise, not a gathering ("celebrated for"). (models/events/praise-markers.txt)</summary>
    public Lexicon PraiseMarkers { get; }

    /// <summary>The preposition of a gathering where something else took place ("at a workshop"). (models/events/venue-prepositions.txt)</summary>
    public Lexicon VenuePrepositions { get; }

    /// <summary>Indefinite articles: "a", "an". (models/english/indefinite-articles.txt)</summary>
    public Lexicon IndefiniteArticles { get; }

    /// <summary>Words before "sentence" that make it a penalty ("life", "handed"). (models/events/penalty-cues.txt)</summary>
    public Lexicon PenaltyCues { get; }

    /// <summary>Endings that make a word before "sentence" a penalty cue ("25-year"). (models/events/penalty-cue-endings.txt)</summary>
    public Lexicon PenaltyCueEndings { get; }

    /// <summary>Verbs that give or receive a sentence ("received", "handed"). (models/events/penalty-giving-verbs.txt)</summary>
    public Lexicon PenaltyGivingVerbs { get; }

    /// <summary>The word before the one a penalty is given to ("a sentence to a man"). (models/events/recipient-markers.txt)</summary>
    public Lexicon RecipientMarkers { get; }

    /// <summary>Objects of a notice-verb trigger that make an official act ("warrant"). (models/events/notices.txt)</summary>
    public Lexicon Notices { get; }

    /// <summary>Objects of a signing-verb trigger that make a partnership ("memorandum"). (models/events/agreements.txt)</summary>
    public Lexicon Agreements { get; }

    /// <summary>Particles after a passing-verb trigger that make another verb ("passed away"). (models/events/passing-particles.txt)</summary>
    public Lexicon PassingParticles { get; }

    /// <summary>Objects of a launch verb that are not something set up ("an attack"). (models/events/not-launched.txt)</summary>
    public Lexicon NotLaunched { get; }

    /// <summary>Words after a launch verb that show a time, place or agent ("founded in"). (models/events/launch-adjuncts.txt)</summary>
    public Lexicon LaunchAdjuncts { get; }

    /// <summary>Words that open an object besides the English determiners ("new"). (models/events/object-openers.txt)</summary>
    public Lexicon ObjectOpeners { get; }

    /// <summary>Words before "release" that make it a document ("press release"). (models/events/release-modifiers.txt)</summary>
    public Lexicon ReleaseModifiers { get; }

    /// <summary>Objects that make an object-verb trigger an event of a type: word&lt;TAB&gt;Type. (models/events/event-objects.txt)</summary>
    public LexiconTable EventObjects { get; }

    /// <summary>Words after a number that make it a sum or a share, not a count of cases ("million"). (models/events/sum-words.txt)</summary>
    public Lexicon SumWords { get; }

    /// <summary>The possessive ending as a token ("'s"). (models/events/possessive-markers.txt)</summary>
    public Lexicon PossessiveMarkers { get; }

    /// <summary>Forms of "have" that make a present perfect ("has", "have"). (models/events/present-perfect-auxiliaries.txt)</summary>
    public Lexicon PresentPerfectAuxiliaries { get; }

    /// <summary>Objects of a change-verb trigger that make a programme's change of course. (models/events/programmes.txt)</summary>
    public Lexicon Programmes { get; }

    /// <summary>The word that introduces a partner ("partnered with"). (models/events/partner-markers.txt)</summary>
    public Lexicon PartnerMarkers { get; }

    /// <summary>The word after a charge-verb trigger that names the charge ("charged with"). (models/events/charge-markers.txt)</summary>
    public Lexicon ChargeMarkers { get; }

    /// <summary>The word before an agent ("by"). (models/events/agent-markers.txt)</summary>
    public Lexicon AgentMarkers { get; }

    /// <summary>Words before a participant that acts with the agent ("with", "alongside"). (models/events/companion-markers.txt)</summary>
    public Lexicon CompanionMarkers { get; }

    /// <summary>Nouns that stand for a law named before ("the bill"). (models/events/law-anaphors.txt)</summary>
    public Lexicon LawAnaphors { get; }

    /// <summary>Determiners that make a law noun refer back ("the", "this", "that"). (models/events/anaphor-determiners.txt)</summary>
    public Lexicon AnaphorDeterminers { get; }

    /// <summary>Words that end a described party of a court or police event. (models/events/description-stops.txt)</summary>
    public Lexicon DescriptionStops { get; }

    /// <summary>Pronouns besides the personal ones that are no description ("someone"). (models/events/other-pronouns.txt)</summary>
    public Lexicon OtherPronouns { get; }

    /// <summary>Words that open a described party ("a", "two", "their"). (models/events/description-openers.txt)</summary>
    public Lexicon DescriptionOpeners { get; }

    /// <summary>Heads of an unnamed authority that can act in a case ("court", "police"). (models/events/authorities.txt)</summary>
    public Lexicon Authorities { get; }

    /// <summary>Nouns of a work named by its year ("a 2018 study"): the document nouns. (models/works/document-nouns.txt)</summary>
    public Lexicon YearWorkHeads { get; }

    /// <summary>Words before the year of a work named by its year ("the earlier 2019 survey"). (models/events/year-work-openers.txt)</summary>
    public Lexicon YearWorkOpeners { get; }
}
