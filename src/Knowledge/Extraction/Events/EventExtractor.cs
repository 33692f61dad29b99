using System.Collections.Immutable;
using Knowledge.Extraction.Dates;
using Knowledge.Extraction.Quotes;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// Pipeline component "events": finds events sentence by sentence from the trigger lexicon
/// (models/events/triggers.txt: each trigger's type and form), keeps those <see cref="EventRules"/> accept (things that happened,
/// not planned, wished or counted), dates them from the sentence (<see cref="EventDates"/>; the
/// published date only for a past event the text says happened "today" or "this week"), reads their
/// participants (<see cref="EventArguments"/>), groups mentions of one event (<see cref="EventMerger"/>)
/// and lets a conviction and a sentencing of one case share their court and convicted (<see cref="CaseParties"/>).
/// Triggers inside direct quotes are left alone: a speaker's words are not the article's account.
/// </summary>
public sealed class EventExtractor : IDocComponent
{
    private readonly EventGrammar _grammar;
    private readonly EventTriggers _triggers;
    private readonly EventRules _rules;
    private readonly EventDates _dates;
    private readonly EventArguments _arguments;
    private readonly EventDescriptions _descriptions;
    private readonly EventContextDates _contextDates;
    private readonly YearWorks _yearWorks;
    private readonly LexiconSet _lexicons;

    /// <summary>Creates the component over the given lexicons.</summary>
    public EventExtractor(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _grammar = new EventGrammar(lexicons);
        _triggers = new EventTriggers(lexicons.Events.Triggers);
        _rules = new EventRules(lexicons, _grammar, _triggers);
        _dates = new EventDates(lexicons);
        _arguments = new EventArguments(lexicons);
        _descriptions = new EventDescriptions(lexicons, _grammar);
        _contextDates = new EventContextDates(lexicons);
        _yearWorks = new YearWorks(lexicons, _arguments);
        _lexicons = lexicons;
    }

    /// <summary>Creates the component over the default lexicons.</summary>
    public EventExtractor() : this(LexiconSet.Default) { }

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        using var lower = new LowerCaseTokens(doc);
        return Process(doc, lower);
    }

    private Doc Process(Doc doc, LowerCaseTokens lower)
    {
        var quotes = DirectQuoteSpans.Of(doc);
        // The thread's lists, reused document after document (the mentions are cleared once merged into the document's events).
        var mentions = t_mentions ??= [];
        var ms = t_matches ??= [];
        var accepted = t_accepted ??= [];
        mentions.Clear();
        var bits = doc.TokenBits(_lexicons);
        for (int si = 0; si < doc.Sentences.Length; si++)
        {
            _triggers.In(doc, bits, lower, doc.Sentences[si].FirstToken, doc.Sentences[si].EndToken, ms);
            // Most sentences tell no event: the sentence's reader and lists are made only for those with a trigger.
            if (ms.Count == 0) continue;
            var s = new EventSentence(doc, si, lower);
            accepted.Clear();
            foreach (var m in ms)
            {
                int start = doc.Tokens[m.First].Start;
                if (quotes.Cover(start)) continue;
                if (_rules.Accept(s, m) is { } a) accepted.Add(a);
            }
            RemoveCelebrationsOfEvents(accepted);
            if (accepted.Count == 0) continue;
            var dates = _dates.Assign(s, accepted);
            // The sentence's mentions share its summary.
            string? summary = null;
            for (int k = 0; k < accepted.Count; k++)
            {
                var a = accepted[k];
                var date = dates[k];
                if (date is null && a.NeedsDate) continue;
                // "Summit Opens Today": a headline's relative date is only the news day; the text dates the event.
                if (date is { IsRelative: true } && s.InTitle) date = null;
                var source = date is null ? EventDateSource.None : EventDateSource.Text;
                if (date is null && JustHappened(s, a) is { } published) (date, source) = (published, EventDateSource.Published);
                var t = a.Trigger;
                var participants = _arguments.Participants(s, a, quotes);
                mentions.Add(new EventMention(a.EventType, s.Span.Start, s.Span.End, (doc.Tokens[t.First].Start, doc.Tokens[t.Last].End), summary ??= Summary(s.TextSpan))
                {
                    Date = date,
                    DateSource = source,
                    Participants = participants,
                    Descriptions = _descriptions.Read(s, a, participants),
                });
            }
        }
        _yearWorks.Find(doc, quotes, lower, mentions);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Trigger.Start.CompareTo(b.Trigger.Start));
        bool InTitle(EventMention m) => doc.Blocks[doc.Sentences[doc.SentenceIndexAt(m.Start)].BlockIndex].Kind == BlockKind.Title;
        var events = HeadlineDates(doc, EventMerger.Merge(_contextDates.Fill(doc, mentions), InTitle, doc.Source.Published, m => doc.Slice(m.Trigger.Start, m.Trigger.End)), InTitle);
        mentions.Clear();
        return doc with { Events = CaseParties.Share(events) };
    }

    [ThreadStatic] private static List<EventMention>? t_mentions;
    [ThreadStatic] private static List<TriggerMatch>? t_matches;
    [ThreadStatic] private static List<AcceptedTrigger>? t_accepted;

    /// <summary>
    /// An event the headline tells and the text leaves undated is the day's news: it takes the news day (the dateline's date, else the published date)
    /// ("Senate passes the Clean Rivers Act" published on May 3).
    /// </summary>
    private ImmutableArray<EventMention> HeadlineDates(Doc doc, ImmutableArray<EventMention> events, Func<EventMention, bool> inTitle)
    {
        if (events.IsEmpty) return events;
        HashSet<int>? headline = null;
        foreach (var m in events)
            if (m.Date is null && inTitle(m)) (headline ??= []).Add(m.EventIndex);
        // The news day (the dateline read) only when the headline tells an undated event.
        if (headline is null || NewsDay(doc) is not { } p) return events;
        var dated = ImmutableArray.CreateBuilder<EventMention>(events.Length);
        foreach (var m in events)
            dated.Add(headline.Contains(m.EventIndex) ? m with { Date = new DateMention(m.Start, m.Start, p, DatePrecision.Day, true), DateSource = EventDateSource.Published } : m);
        return dated.MoveToImmutable();
    }

    /// <summary>The day the text tells the news of: its dateline's date ("MANILA, 15 April 2019 –"), else the published date.</summary>
    private DateOnly? NewsDay(Doc doc) =>
        Dateline.Find(doc, _lexicons) is { Date: { Precision: DatePrecision.Day } d } && d.Value <= (doc.Source.Published ?? d.Value) ? d.Value : doc.Source.Published;

    /// <summary>How many tokens after a celebrating verb the event it celebrates may start.</summary>
    private const int CelebratedReach = 6;

    /// <summary>
    /// Without a gathering told by a verb ("celebrated") whose object is another event of the sentence
    /// ("celebrated the Senate's passage of the bill"): the celebrated event is the news, not a celebration.
    /// </summary>
    internal static void RemoveCelebrationsOfEvents(List<AcceptedTrigger> accepted)
    {
        // Each is judged against all the sentence's triggers, the celebrations among them too: judge first, then remove.
        Span<bool> celebrates = accepted.Count <= 64 ? stackalloc bool[accepted.Count] : new bool[accepted.Count];
        bool any = false;
        for (int i = 0; i < accepted.Count; i++) any |= celebrates[i] = CelebratesAnother(accepted, i);
        if (!any) return;
        int kept = 0;
        for (int i = 0; i < accepted.Count; i++)
            if (!celebrates[i]) accepted[kept++] = accepted[i];
        accepted.RemoveRange(kept, accepted.Count - kept);
    }

    /// <summary>Whether trigger <paramref name="i"/> is a gathering verb with another trigger of the sentence shortly after it.</summary>
    private static bool CelebratesAnother(List<AcceptedTrigger> accepted, int i)
    {
        var a = accepted[i];
        if (a.EventType != EventType.Gathering || a.Trigger.Form is not (TriggerForm.PastVerb or TriggerForm.PresentParticiple)) return false;
        foreach (var o in accepted)
            if (o.Trigger.First > a.Trigger.Last && o.Trigger.First - a.Trigger.Last <= CelebratedReach) return true;
        return false;
    }

    /// <summary>The published date, for a past-tense event in a sentence that says it happened this week, or told in the present perfect ("has filed").</summary>
    private DateMention? JustHappened(EventSentence s, AcceptedTrigger a)
    {
        // The cheap tests first: the news day reads the dateline, and most triggers are not past or recent.
        if (!a.Trigger.Form.IsPast()) return null;
        if (!a.PresentPerfect && !_grammar.SaysJustNow(s)) return null;
        if (NewsDay(s.Doc) is not { } p) return null;
        return new DateMention(s.Span.Start, s.Span.Start, p, DatePrecision.Day, true);
    }

    /// <summary>The sentence on one line, at most 200 characters, cut at a word.</summary>
    internal static string Summary(string sentence) => Summary(sentence.AsSpan());

    /// <summary>The sentence on one line (its words joined by single spaces), at most 200 characters, cut at a word.</summary>
    internal static string Summary(ReadOnlySpan<char> sentence)
    {
        // Only the one-line text's first 201 characters matter (201 tells it is too long): the copy stops there, and the summary is the one string made.
        Span<char> line = stackalloc char[SummaryLength + 1];
        int n = 0;
        bool space = false;
        foreach (char c in sentence)
        {
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space)
            {
                line[n++] = ' ';
                space = false;
                if (n == line.Length) break;
            }
            line[n++] = c;
            if (n == line.Length) break;
        }
        if (n <= SummaryLength) return new string(line[..n]);
        int cut = line[..(SummaryLength - 1)].LastIndexOf(' ');
        return string.Concat(line[..(cut > 100 ? cut : SummaryLength - 1)], "…");
    }

    /// <summary>The most characters a summary keeps whole.</summary>
    private const int SummaryLength = 200;
}
