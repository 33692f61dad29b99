namespace Knowledge.Syntax;

/// <summary>
/// The names of the rules that attribute a quote to its speaker, as <see cref="QuoteMention.AttributionRule"/>
/// gives them (and the exports write them). Direct quotes take the first rule of the speaker sieves that
/// finds a speaker; indirect quotes (reported speech) the rule of the cue that reports them.
/// </summary>
public static class AttributionRuleIds
{
    /// <summary>A speech cue after the quote, then the speaker: "…,” said X.</summary>
    public const string CueThenSpeakerAfterQuote = "cue-then-speaker-after-quote";

    /// <summary>The speaker, then a speech cue after the quote: "…,” X said.</summary>
    public const string SpeakerThenCueAfterQuote = "speaker-then-cue-after-quote";

    /// <summary>A speech cue, then the speaker, before the quote: "Said X: “…”".</summary>
    public const string CueSpeakerBeforeQuote = "cue-speaker-before-quote";

    /// <summary>The speaker, then a speech cue, before the quote: "X said: “…”".</summary>
    public const string SpeakerCueBeforeQuote = "speaker-cue-before-quote";

    /// <summary>A pronoun next to the cue, resolved to the last person named before the quote: "…,” she said.</summary>
    public const string Pronoun = "pronoun";

    /// <summary>A role noun before or after the cue stands for the nearest compatible person: "…,” the minister said.</summary>
    public const string RoleNominal = "role-nominal";

    /// <summary>A document named by a common noun speaks for whoever released it: "…,” the 2022 report says.</summary>
    public const string DocumentNoun = "document-noun";

    /// <summary>A person named right after the closing mark: "…” Dr. X, Director of Y.</summary>
    public const string CreditLine = "credit-line";

    /// <summary>A short next paragraph that only names a person: "— X, Director, Y".</summary>
    public const string CreditLineNextParagraph = "credit-line-next-paragraph";

    /// <summary>The previous paragraph, ending in a colon, names the speaker with a speech cue: "X said:".</summary>
    public const string PreviousParagraphColon = "previous-paragraph-colon";

    /// <summary>The previous paragraph, ending in a colon, opens with the speaker as its subject: "X, a nurse, remembers the night:".</summary>
    public const string PreviousParagraphColonSubject = "previous-paragraph-colon-subject";

    /// <summary>The previous paragraph, ending in a colon, opens with a document that speaks for its publisher: "The paper lists:".</summary>
    public const string PreviousParagraphColonDocument = "previous-paragraph-colon-document";

    /// <summary>A quote ending in a comma runs on into the next paragraph's attribution: "…," / "X said:".</summary>
    public const string NextParagraphAttribution = "next-paragraph-attribution";

    /// <summary>A paragraph that is only a quote continues the previous paragraph's quote and speaker.</summary>
    public const string ContinuesPreviousQuote = "continues-previous-quote";

    /// <summary>Quotes side by side in one paragraph, joined by a word or two, share the speaker: “A” and “B”.</summary>
    public const string JoinedToPreviousQuote = "joined-to-previous-quote";

    /// <summary>Reported speech: "According to X, CONTENT" or "CONTENT, according to X".</summary>
    public const string IndirectAccordingTo = "indirect-according-to";

    /// <summary>Reported speech: "CONTENT, said X".</summary>
    public const string IndirectCueThenSpeaker = "indirect-cue-then-speaker";

    /// <summary>Reported speech: "X said [that] CONTENT".</summary>
    public const string IndirectSpeakerCueContent = "indirect-speaker-cue-content";

    /// <summary>Reported speech: "CONTENT, X said".</summary>
    public const string IndirectContentSpeakerCue = "indirect-content-speaker-cue";

    /// <summary>Reported speech: "X … by urging Y to CONTENT".</summary>
    public const string IndirectByGerund = "indirect-by-gerund";
}
