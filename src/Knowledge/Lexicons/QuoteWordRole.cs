namespace Knowledge.Lexicons;

/// <summary>The part a function word plays in the quote rules (the second column of models/quotes/quote-words.txt).</summary>
internal enum QuoteWordRole
{
    /// <summary>Introduces who made or released a work: "a report by X", "released by X".</summary>
    Agent,
    /// <summary>The verb of "X is proud to announce".</summary>
    Copula,
    /// <summary>Between "proud" and "announce".</summary>
    InfinitiveMarker,
    /// <summary>Ends the noun phrase a speech verb's subject is read from.</summary>
    SubjectBoundary,
    /// <summary>A mention after it is a preposition's object, not a subject: "spoke to X".</summary>
    ObjectPreposition,
    /// <summary>Joins two persons in one subject: "A and B said".</summary>
    Coordinator,
    /// <summary>Between a role noun and the organisation it is held at: "the chairman of X", "an official at X".</summary>
    RolePreposition,
    /// <summary>A lower-case word inside a capitalised name: "Survey of Rural Health".</summary>
    NameConnector,
    /// <summary>Makes a phrase a nominal source: "the report", "these survivors".</summary>
    NominalDeterminer,
    /// <summary>After a work's head noun, introduces its source: "a study by X".</summary>
    WorkSource,
    /// <summary>A subject pronoun for the last person named: "he", "she".</summary>
    PersonPronoun,
    /// <summary>A subject pronoun for a group or organisation: "they".</summary>
    GroupPronoun,
    /// <summary>A subject pronoun for the publishing organisation: "we".</summary>
    PublisherPronoun,
    /// <summary>A possessive whose owner is the last person named: "his letter".</summary>
    PersonPossessive,
    /// <summary>A possessive whose owner is a group: "their letter".</summary>
    GroupPossessive,
    /// <summary>Opens a press release's closing "About X" section.</summary>
    BoilerplateHeading,
    /// <summary>Puts a date at another time than the saying: "since 2016".</summary>
    OtherTime,
    /// <summary>After "since D", opens the clause of the event dated D: "since Wednesday, when …".</summary>
    EventClauseOpener,
    /// <summary>Opens a clause inside an opening adverbial: "when", "which".</summary>
    AdverbialClauseOpener,
    /// <summary>After a document noun, names whom the document was addressed to: "a memo to the mayor".</summary>
    AddresseePreposition,
    /// <summary>Makes a document phrase a new, unnamed document rather than one described before: "a memo".</summary>
    IndefiniteDeterminer,
    /// <summary>Places a statement at an occasion: "said at the signing", "during the summit".</summary>
    OccasionPreposition,
}
