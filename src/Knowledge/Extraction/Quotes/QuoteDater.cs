using System.Collections.Immutable;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// Pipeline component "quote-dates": gives a quote the date the text says it was said, keeping the
/// published date otherwise. Only a date in the attribution counts, never one in the quoted words
/// ("Since 2016 we have…,” she said" keeps the published date). In order:
/// 1. the attribution clause: a date right after the cue ("said on Monday", "told reporters Tuesday"),
///    or in the sentence's opening adverbial ("On Monday, X said…", "Speaking at the summit on May 2, X…",
///    "In a statement released Tuesday, X said…");
/// 2. a report that speaks ("the report says") takes the date in its own phrase ("the March 2021 study
///    found"), else the date the document gives for the one report it says was released;
/// 3. a speaker's other quotes take the date of the one dated speech or release the document reports
///    for that speaker ("Speaking at the forum on May 2, X…", "In March 2021, X released…").
/// </summary>
public sealed class QuoteDater : IDocComponent
{
    /// <summary>Words that may stand between a cue and its date: "told reporters in a briefing on Monday".</summary>
    private static readonly HashSet<string> SettingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "during", "to", "a", "an", "the", "his", "her", "their", "its", "reporters", "journalists", "media",
        "press", "statement", "interview", "speech", "briefing", "conference", "release", "news", "address", "remarks",
        "message", "post", "letter", "hearing", "session", "forum", "event", "video", "televised", "written", "online",
        "virtual", "phone", "telephone", "emailed", "email", "late", "early", "last", "earlier", "this", "gathering",
    };

    /// <summary>Openers of a sentence's setting adverbial: "In 2022, …", "Speaking at …", "At the summit on …".</summary>
    private static readonly HashSet<string> OpenerWords = new(StringComparer.OrdinalIgnoreCase)
    { "in", "on", "at", "during", "last", "earlier", "speaking", "addressing", "testifying", "writing", "appearing", "yesterday", "today" };

    /// <summary>Openers that report a speech or a statement rather than just a time.</summary>
    private static readonly HashSet<string> SpeechOpeners = new(StringComparer.OrdinalIgnoreCase)
    { "speaking", "addressing", "testifying", "writing", "appearing", "speech", "statement", "address", "remarks", "interview", "briefing", "keynote", "testimony" };

    /// <summary>Prepositions that put a date at another time than the saying: "since 2016", "until May".</summary>
    private static readonly HashSet<string> OtherTime = new(StringComparer.OrdinalIgnoreCase)
    { "since", "until", "till", "by", "before", "after", "from", "through", "of", "between" };

    private readonly LexiconSet _lex;

    /// <summary>Creates the component over the given lexicons.</summary>
    public QuoteDater(LexiconSet lexicons) => _lex = lexicons;

    /// <summary>Creates the component over the default lexicons.</summary>
    public QuoteDater() : this(LexiconSet.Default) { }

    /// <inheritdoc />
    public string Name => "quote-dates";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        if (doc.Quotes.IsDefaultOrEmpty || doc.Dates.IsDefaultOrEmpty) return doc;
        var events = new DatedSpeechEvents(doc, _lex);
        var quotes = doc.Quotes.Select(q =>
        {
            var date = AttributionDate(doc, q) ?? ReportDate(doc, q, events) ?? events.DateFor(q.Speaker);
            if (date is null || (doc.Source.Published is { } p && date.Value > p.AddDays(1))) return q;
            return q with { Date = date.Iso, DateEvidence = date, DateSource = QuoteDateSource.Explicit };
        }).ToImmutableArray();
        return doc with { Quotes = quotes };
    }

    /// <summary>The cue token of a quote: its attribution's, else a speech verb in its sentences outside the quoted words.</summary>
    internal int CueToken(Doc doc, QuoteMention q)
    {
        if (q.Cue is { } c) return doc.TokenIndexAtOrAfter(c.Item1);
        foreach (var (start, end) in q.Spans)
        {
            int s = doc.SentenceIndexAt(Math.Max(start, end - 1));
            if (s < 0) continue;
            var sent = doc.Sentences[s];
            for (int i = sent.FirstToken; i < sent.EndToken; i++)
                if (!Inside(q, doc.Tokens[i].Start) && _lex.Speech.SpeechVerbs.Contains(doc.TextOf(doc.Tokens[i]))) return i;
        }
        return -1;
    }

    /// <summary>Rule 1: a date after the cue with only setting words between, or in the opening adverbial of the cue's sentence.</summary>
    private DateMention? AttributionDate(Doc doc, QuoteMention q)
    {
        int cue = CueToken(doc, q);
        if (cue < 0) return null;
        int s = doc.SentenceIndexAt(doc.Tokens[cue].Start);
        if (s < 0) return null;
        var sent = doc.Sentences[s];
        foreach (var d in doc.Dates)
        {
            if (d.Start < sent.Start || d.End > sent.End || Inside(q, d.Start) && q.Kind == QuoteKind.Direct) continue;
            if (d.Start >= doc.Tokens[cue].End && OnlySettingBetween(doc, cue + 1, doc.TokenIndexAtOrAfter(d.Start), q)) return d;
            if (d.End <= doc.Tokens[cue].Start && InOpeningAdverbial(doc, sent, d, q) && q.Speaker is { } sp
                && DatedSpeechEvents.SubjectAfterAdverbial(doc, sent, d) is { } subject && subject.Start == sp.Start) return d;
        }
        return null;
    }

    private static bool OnlySettingBetween(Doc doc, int from, int to, QuoteMention q)
    {
        if (to - from > 8) return false;
        for (int i = from; i < to; i++)
        {
            var t = doc.Tokens[i];
            var w = doc.TextOf(t);
            if (q.Kind == QuoteKind.Direct && Inside(q, t.Start)) return false;
            bool name = t.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(w[0]);
            if (!(name || t.Kind is TokenKind.Possessive || w == "," || SettingWords.Contains(w))) return false;
        }
        return to - 1 < from || !OtherTime.Contains(doc.TextOf(doc.Tokens[to - 1]));
    }

    /// <summary>"In 2022, …", "On Monday, …", "Speaking at the forum on May 2, …": the date lies before the sentence's first comma, which an opener word starts.</summary>
    internal static bool InOpeningAdverbial(Doc doc, Sentence sent, DateMention d, QuoteMention? q)
    {
        int first = sent.FirstToken;
        while (first < sent.EndToken && doc.Tokens[first].Kind is TokenKind.OpenQuote or TokenKind.Punctuation) first++;
        if (first >= sent.EndToken) return false;
        if (q is not null && q.Kind == QuoteKind.Direct && Inside(q, doc.Tokens[first].Start)) return false;
        bool opener = doc.Tokens[first].Start == d.Start || OpenerWords.Contains(doc.TextOf(doc.Tokens[first]));
        if (!opener) return false;
        int dateToken = doc.TokenIndexAtOrAfter(d.Start);
        if (dateToken > first && OtherTime.Contains(doc.TextOf(doc.Tokens[dateToken - 1]))) return false;
        for (int i = first; i < dateToken; i++)
        {
            var w = doc.TextOf(doc.Tokens[i]);
            if (w is "," or ";" or ":" || doc.Tokens[i].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.Quote) return false;
            if (w is "who" or "which" or "that" or "when") return false;
        }
        // The adverbial ends at a comma right after the date (range and weekday included).
        int after = doc.TokenIndexAtOrAfter(d.End);
        return after < sent.EndToken && doc.TextOf(doc.Tokens[after]) == "," && (dateToken - first <= 12);
    }

    /// <summary>Whether the opening adverbial names a speech or statement ("Speaking at…", "In a statement released Tuesday").</summary>
    internal static bool OpenerIsSpeech(Doc doc, Sentence sent, DateMention d)
    {
        for (int i = sent.FirstToken; i < sent.EndToken && doc.Tokens[i].Start < d.Start; i++)
            if (SpeechOpeners.Contains(doc.TextOf(doc.Tokens[i]))) return true;
        return false;
    }

    /// <summary>Rule 2: a report that speaks: the date in its own phrase, else the release date the document gives for its one report.</summary>
    private DateMention? ReportDate(Doc doc, QuoteMention q, DatedSpeechEvents events)
    {
        int cue = CueToken(doc, q);
        if (cue < 0) return null;
        // The subject just before the cue: "the March 2021 study found", "the 2022 report says".
        int head = -1;
        for (int i = cue - 1; i >= Math.Max(0, cue - 3); i--)
        {
            if (_lex.Works.Heads.Contains(doc.TextOf(doc.Tokens[i]))) { head = i; break; }
            if (doc.Tokens[i].Kind is not TokenKind.Word) break;
        }
        if (head < 0) return null;
        int phraseStart = doc.Tokens[Math.Max(0, head - 4)].Start;
        var own = doc.Dates.FirstOrDefault(d => d.Start >= phraseStart && d.End <= doc.Tokens[head].Start && d.Precision != DatePrecision.Year);
        return own ?? events.ReportRelease;
    }

    private static bool Inside(QuoteMention q, int offset) => q.Spans.Any(s => offset >= s.Start && offset < s.End);
}
