using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
/// 3. a quote "in his speech" takes the day an earlier sentence gives for that speaker's speech (<see cref="OwnSpeechDate"/>);
///    a speaker's other quotes take the date of the one dated speech or release the document reports
///    for that speaker ("Speaking at the forum on May 2, X…", "In March 2021, X released…");
/// 4. a quote after the lead by one of the lead's speakers takes the day the lead puts the story's event
///    on, when that is not the publication's (<see cref="LeadDate"/>: "The council yesterday approved…");
/// 5. a statement its attribution places at an occasion takes the date the document gives the occasion
///    (<see cref="OccasionSettings"/>: "…, at the ceremonial signing of the pact");
/// 6. a turn of a question-and-answer exchange takes the date of the exchange's other turns (<see cref="QuestionExchanges"/>).
/// </summary>
public sealed class QuoteDateAttributor : IDocComponent
{
    private readonly LexiconSet _lex;

    /// <summary>Creates the component over the given lexicons.</summary>
    public QuoteDateAttributor(LexiconSet lexicons) => _lex = lexicons;

    /// <summary>Creates the component over the default lexicons.</summary>
    public QuoteDateAttributor() : this(LexiconSet.Default) { }

    /// <inheritdoc />
    public string Name => "quote-dates";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        if (doc.Quotes.IsDefaultOrEmpty || doc.Dates.IsDefaultOrEmpty) return doc;
        var adverbial = new OpeningAdverbial(doc, _lex);
        var events = new DatedSpeechEvents(doc, _lex, adverbial);
        var lead = LeadDate.Of(doc, _lex);
        var occasions = new OccasionSettings(doc, _lex);
        var quotes = doc.Quotes;
        var cues = new int[quotes.Length];
        var dates = new DateMention?[quotes.Length];
        for (int i = 0; i < quotes.Length; i++)
        {
            var q = quotes[i];
            int cue = cues[i] = CueToken(doc, q);
            var date = AttributionDate(doc, q, cue, adverbial) ?? ReportDate(doc, cue, events) ?? OwnSpeechDate.For(doc, _lex, q, cue)
                ?? events.DateFor(q.Speaker) ?? lead?.For(q) ?? occasions.DateFor(q, cue, lead);
            dates[i] = date is null || (doc.Source.Published is { } p && date.Value > p.AddDays(1)) ? null : date;
        }
        new QuestionExchanges(doc, _lex).Fill(quotes, cues, dates);
        // Only the quotes whose date changes are copied; a document none of whose quotes changes keeps its quotes' array.
        QuoteMention[]? dated = null;
        for (int i = 0; i < quotes.Length; i++)
        {
            if (dates[i] is not { } date) continue;
            var q = quotes[i];
            // A quote dated on the day it was published keeps its ISO string: no second copy of "yyyy-MM-dd".
            string iso = IsoOrSame(date, q.Date);
            if (ReferenceEquals(iso, q.Date) && ReferenceEquals(q.DateEvidence, date) && q.DateSource == QuoteDateSource.Explicit) continue;
            dated ??= quotes.ToArray();
            dated[i] = q with { Date = iso, DateEvidence = date, DateSource = QuoteDateSource.Explicit };
        }
        if (dated is null) return doc;
        return doc with { Quotes = ImmutableCollectionsMarshal.AsImmutableArray(dated) };
    }

    /// <summary><paramref name="current"/> when it is already the date's ISO form (<see cref="DateMention.Iso"/>), compared without making one; else the ISO form.</summary>
    internal static string IsoOrSame(DateMention date, string? current)
    {
        if (current is null) return date.Iso;
        Span<char> iso = stackalloc char[16];
        return date.TryWriteIso(iso, out int written) && iso[..written].SequenceEqual(current) ? current : date.Iso;
    }

    /// <summary>The cue token of a quote: its attribution's, else a speech verb in its sentences outside the quoted words.</summary>
    internal int CueToken(Doc doc, QuoteMention q)
    {
        if (q.Cue is { } c) return doc.TokenIndexAtOrAfter(c.Item1);
        // The speech verbs by the token table's bit, set once a form, not by looking each word's text up.
        var bits = doc.TokenBits(_lex);
        foreach (var (start, end) in q.Spans)
        {
            int s = doc.SentenceIndexAt(Math.Max(start, end - 1));
            if (s < 0) continue;
            var sent = doc.Sentences[s];
            for (int i = sent.FirstToken; i < sent.EndToken; i++)
                if (bits.Has(i, TokenLexicons.SpeechVerb) && !Inside(q, doc.Tokens[i].Start)) return i;
        }
        return -1;
    }

    /// <summary>Rule 1: a date after the cue with only setting words between, or in the opening adverbial of the cue's sentence.</summary>
    private DateMention? AttributionDate(Doc doc, QuoteMention q, int cue, OpeningAdverbial adverbial)
    {
        if (cue < 0) return null;
        int s = doc.SentenceIndexAt(doc.Tokens[cue].Start);
        if (s < 0) return null;
        var sent = doc.Sentences[s];
        foreach (var d in doc.Dates)
        {
            if (d.Start < sent.Start || d.End > sent.End || Inside(q, d.Start) && q.Kind == QuoteKind.Direct) continue;
            if (d.Start >= doc.Tokens[cue].End && OnlySettingBetween(doc, cue + 1, doc.TokenIndexAtOrAfter(d.Start), q, adverbial)) return d;
            if (d.End <= doc.Tokens[cue].Start && adverbial.Contains(sent, d, q) && q.Speaker is { } sp
                // The speaker opens the subject after the adverbial, or ends it ("On May 2, the firm's lawyer Ana Cruz said").
                && adverbial.SubjectAfter(sent, d) is { } subject && sp.Start >= subject.Start && sp.End <= doc.Tokens[cue].Start) return d;
        }
        return null;
    }

    private bool OnlySettingBetween(Doc doc, int from, int to, QuoteMention q, OpeningAdverbial adverbial)
    {
        if (to - from > 8) return false;
        for (int i = from; i < to; i++)
        {
            var t = doc.Tokens[i];
            var w = doc.SpanOf(t);
            if (q.Kind == QuoteKind.Direct && Inside(q, t.Start)) return false;
            bool name = t.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(w[0]);
            if (!(name || t.Kind is TokenKind.Possessive || w is "," || _lex.Quotes.SettingWords.Contains(w))) return false;
        }
        return to - 1 < from || !adverbial.IsOtherTime(to - 1);
    }

    /// <summary>Rule 2: a report that speaks: the date in its own phrase, else the release date the document gives for its one report.</summary>
    private DateMention? ReportDate(Doc doc, int cue, DatedSpeechEvents events)
    {
        if (cue < 0) return null;
        // The subject just before the cue: "the March 2021 study found", "the 2022 report says".
        int head = -1;
        for (int i = cue - 1; i >= Math.Max(0, cue - 3); i--)
        {
            if (_lex.Works.DocumentNouns.Contains(doc.SpanOf(doc.Tokens[i]))) { head = i; break; }
            if (doc.Tokens[i].Kind is not TokenKind.Word) break;
        }
        if (head < 0) return null;
        int phraseStart = doc.Tokens[Math.Max(0, head - 4)].Start;
        int headStart = doc.Tokens[head].Start;
        foreach (var d in doc.Dates)
            if (d.Start >= phraseStart && d.End <= headStart && d.Precision != DatePrecision.Year) return d;
        return events.ReportRelease;
    }

    private static bool Inside(QuoteMention q, int offset) => OpeningAdverbial.Inside(q, offset);
}
