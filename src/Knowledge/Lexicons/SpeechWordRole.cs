namespace Knowledge.Lexicons;

/// <summary>The part a function word plays in a speech verb's frame (the second column of models/speech/frame-words.txt).</summary>
internal enum SpeechWordRole
{
    /// <summary>Opens reported content: "announced that …", "told reporters that …".</summary>
    Complementizer,
    /// <summary>Belongs to the verb before it and is skipped before the content: "pointed out that …".</summary>
    Particle,
    /// <summary>Lets a preposition-frame verb report ("called for", "appealed to"); skipped before a speech gerund's content.</summary>
    ReportingPreposition,
    /// <summary>A reporting preposition after which a preposition-frame verb's content begins: "called for reforms".</summary>
    ContentAfter,
    /// <summary>Before a speech gerund whose subject speaks: "by urging".</summary>
    GerundMarker,
    /// <summary>Opens the complement of an as-complement verb's object: "as" ("described the plan as …").</summary>
    ComplementMarker,
    /// <summary>Opens the predicate noun phrase of an object-predicate verb's object: "a" ("called the plan a landmark …").</summary>
    PredicateOpener,
    /// <summary>A time noun: after a predicate opener it makes an adverbial, not a predicate ("called the police a day later").</summary>
    TimeNoun,
}
