namespace Knowledge.Extraction.Quotes;

/// <summary>
/// Kinds of words that shape reported speech: which speech verbs need a preposition to report
/// ("called for", "appealed to"), which take the hearer before the content ("told X that"), the
/// adverbs that may stand between a source and its verb, and the words that make "found" a verdict.
/// </summary>
internal static class SpeechCues
{
    /// <summary>Speech verbs of the lexicon too vague to report speech without quotation marks ("shared", "described").</summary>
    public static readonly HashSet<string> NotIndirect = new(StringComparer.OrdinalIgnoreCase)
    {
        "shared", "shares", "continued", "continues", "described", "describes", "expressed", "expresses", "asked", "asks",
        "answered", "answers", "replied", "replies", "responded", "responds", "recalled", "recalls", "mentions", "mentioned",
        "comments", "remarks", "writes", "thanks", "believes", "believed",
    };

    /// <summary>Verbs that report speech only with a preposition: "called for", "called on X to", "appealed to", "advocates for".</summary>
    public static readonly HashSet<string> NeedPreposition = new(StringComparer.OrdinalIgnoreCase)
    { "called", "calls", "appealed", "appeals", "advocated", "advocates", "pushed", "pushes", "pressed", "presses" };

    /// <summary>The prepositions that let <see cref="NeedPreposition"/> verbs report: after "for" the content follows; after "on"/"upon"/"to" the addressee does.</summary>
    public static readonly HashSet<string> ReportingPrepositions = new(StringComparer.OrdinalIgnoreCase) { "for", "on", "upon", "to" };

    /// <summary>Verbs that report speech only before a "that" clause: "requested that …", not "requested a meeting".</summary>
    public static readonly HashSet<string> NeedThat = new(StringComparer.OrdinalIgnoreCase)
    { "announce", "request", "requested", "requests", "confirm", "confirmed", "confirms", "declared", "declares", "announced", "announces" };

    /// <summary>Verbs whose hearer comes before the content: "told reporters that …".</summary>
    public static readonly HashSet<string> TellVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "told", "tells", "informed", "informs", "assured", "assures", "reminded", "reminds", "warned", "warns" };

    /// <summary>Gerunds that report speech after "by": "closed the speech by urging lawmakers to …".</summary>
    public static readonly HashSet<string> Gerunds = new(StringComparer.OrdinalIgnoreCase)
    { "urging", "calling", "appealing", "asking", "encouraging", "noting", "stressing", "emphasising", "emphasizing", "saying", "warning", "arguing", "insisting", "recommending", "advocating" };

    /// <summary>Words that may stand between a source and its speech verb: "the report also notes".</summary>
    public static readonly HashSet<string> Interposed = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "further", "previously", "recently", "then", "has", "have", "had", "repeatedly", "now", "again", "earlier", "later",
        "once", "first", "initially", "separately", "likewise", "similarly", "clearly", "explicitly", "strongly", "publicly",
        "reportedly", "already", "even", "still", "specifically", "consistently", "would", "will", "did", "does", "ultimately", "only",
    };

    /// <summary>Words that make "found" a verdict or a discovery, not a finding reported: "found him guilty", "found the body".</summary>
    public static readonly HashSet<string> VerdictWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "guilty", "liable", "innocent", "convicted", "culpable", "responsible", "dead", "alive", "body", "bodies", "remains",
        "him", "her", "them", "himself", "herself", "themselves", "acquitted", "sentenced",
    };

    /// <summary>Heads of names of bodies that rule rather than report: a court "finds" a defendant guilty.</summary>
    public static readonly HashSet<string> Tribunals = new(StringComparer.OrdinalIgnoreCase)
    { "court", "tribunal", "jury", "judge", "justice", "panel" };

    /// <summary>Adjectives of "X is proud to announce": the sentence's content comes before the source.</summary>
    public static readonly HashSet<string> PleasedWords = new(StringComparer.OrdinalIgnoreCase)
    { "proud", "pleased", "happy", "delighted", "excited", "glad", "honored", "honoured", "thrilled" };

    /// <summary>Participles of "As stated in X, …": a cue whose source is the document or its author.</summary>
    public static readonly HashSet<string> StatedIn = new(StringComparer.OrdinalIgnoreCase)
    { "stated", "said", "written", "noted", "outlined", "expressed", "reported", "explained", "argued" };
}
