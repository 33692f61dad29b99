using System.Collections.Immutable;
using Knowledge.Extraction.Quotes;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// Pipeline component "events": finds events sentence by sentence from the trigger lexicon
/// (models/event-triggers.txt), keeps those <see cref="EventRules"/> accept (things that happened,
/// not planned, wished or counted), dates them from the sentence (<see cref="EventDates"/>; the
/// published date only for a past event the text says happened "today" or "this week"), reads their
/// participants (<see cref="EventArguments"/>), groups mentions of one event (<see cref="EventMerger"/>)
/// and lets a conviction and a sentencing of one case share their court and convicted (<see cref="CaseParties"/>).
/// Triggers inside direct quotes are left alone: a speaker's words are not the article's account.
/// </summary>
public sealed class EventExtractor : IDocComponent
{
    private readonly EventTriggers _triggers;
    private readonly EventRules _rules;

    /// <summary>Creates the component over the given lexicons.</summary>
    public EventExtractor(LexiconSet lexicons)
    {
        _triggers = new EventTriggers(lexicons.Events.Triggers);
        _rules = new EventRules(lexicons);
    }

    /// <summary>Creates the component over the default lexicons.</summary>
    public EventExtractor() : this(LexiconSet.Default) { }

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var quotes = DirectQuoteSpans.Of(doc);
        var mentions = new List<EventMention>();
        for (int si = 0; si < doc.Sentences.Length; si++)
        {
            var s = new EventSentence(doc, si);
            var accepted = new List<AcceptedTrigger>();
            foreach (var m in _triggers.In(s))
            {
                int start = doc.Tokens[m.First].Start;
                if (quotes.Cover(start)) continue;
                if (_rules.Accept(s, m) is { } a) accepted.Add(a);
            }
            if (accepted.Count == 0) continue;
            var dates = EventDates.Assign(s, accepted);
            for (int k = 0; k < accepted.Count; k++)
            {
                var a = accepted[k];
                var date = dates[k];
                string source = date is null ? "none" : "text";
                if (date is null && a.NeedsDate) continue;
                if (date is null && JustHappened(s, a) is { } published) (date, source) = (published, "published");
                var t = a.Trigger;
                var participants = EventArguments.Participants(s, a, quotes);
                mentions.Add(new EventMention(a.EventType, s.Span.Start, s.Span.End, (doc.Tokens[t.First].Start, doc.Tokens[t.Last].End), Summary(s.Text))
                {
                    Date = date,
                    DateSource = source,
                    Participants = participants,
                    Descriptions = EventDescriptions.Read(s, a, participants),
                });
            }
        }
        mentions.AddRange(YearWorks.Find(doc, quotes));
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Trigger.Start.CompareTo(b.Trigger.Start));
        var events = EventMerger.Merge(EventContextDates.Fill(doc, mentions), m => doc.Blocks[doc.Sentences[doc.SentenceIndexAt(m.Start)].BlockIndex].Kind == BlockKind.Title);
        return doc with { Events = CaseParties.Share(events) };
    }

    /// <summary>The published date, for a past-tense event in a sentence that says it happened this week.</summary>
    private static DateMention? JustHappened(EventSentence s, AcceptedTrigger a)
    {
        if (s.Doc.Source.Published is not { } p || !EventGrammar.IsPastVerb(a.Trigger.Word)) return null;
        if (!EventGrammar.ContainsPhrase(s, "this", "week") && !EventGrammar.ContainsPhrase(s, "this", "morning")
            && !EventGrammar.ContainsPhrase(s, "this", "afternoon") && !EventGrammar.ContainsPhrase(s, "this", "evening")) return null;
        return new DateMention(s.Span.Start, s.Span.Start, p, DatePrecision.Day, true);
    }

    /// <summary>The sentence on one line, at most 200 characters, cut at a word.</summary>
    internal static string Summary(string sentence)
    {
        var line = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= 200) return line;
        int cut = line.LastIndexOf(' ', 198);
        return line[..(cut > 100 ? cut : 199)] + "…";
    }
}
