namespace Knowledge.Lexicons;

/// <summary>
/// The frames in which a speech verb reports speech: the second column of models/speech/speech-verbs.txt
/// (kebab case there: "that-clause"). A verb without frames reports in every frame.
/// </summary>
[Flags]
internal enum SpeechFrames
{
    /// <summary>No restriction: the verb reports direct and indirect speech in any frame ("said").</summary>
    None = 0,
    /// <summary>Too vague to report speech without quotation marks: "shared", "described".</summary>
    QuotedOnly = 1,
    /// <summary>Reports indirect speech only right before a complementizer: "announced that …".</summary>
    ThatClause = 2,
    /// <summary>Reports only right before a reporting preposition: "called for …", "appealed to …".</summary>
    Preposition = 4,
    /// <summary>The hearer stands between the verb and the complementizer that opens the content: "told reporters that …".</summary>
    HearerFirst = 8,
    /// <summary>May give a verdict or tell a discovery instead: "the court found him guilty".</summary>
    Verdict = 16,
    /// <summary>A phrase whose source follows it: "according to X".</summary>
    SourceAfter = 32,
    /// <summary>
    /// Reports indirect speech only when its object is followed by a complement marker: "described the
    /// payments as …", "called the plan …" is no report, "described the scene" neither.
    /// </summary>
    AsComplement = 64,
    /// <summary>
    /// Also reports indirect speech when a short determined object is followed by a predicate noun phrase that
    /// a predicate opener starts: "called the plan a landmark proposal", "described the fine a modest price".
    /// </summary>
    ObjectPredicate = 128,
    /// <summary>Asks in an exchange of questions and answers: "X asked". The exchange's turns share one occasion.</summary>
    Question = 256,
    /// <summary>Answers in an exchange of questions and answers: "Y replied", "Y responded".</summary>
    Answer = 512,
}
