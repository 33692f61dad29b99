using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// Dates the accepted triggers of one sentence from the dates in it. Pairs are taken nearest first;
/// a date one trigger has taken goes to another only when it scopes over the whole sentence (an
/// opening adverbial "On May 3, …", a relative date like "today"), when the two triggers are
/// coordinated ("convicted and sentenced in 2017"), or for a ranking given in a dated report.
/// A trigger left without a date stays undated; the caller may fall back to the published date.
/// </summary>
internal sealed class EventDates
{
    private readonly EventLexicons _events;
    private readonly EnglishLexicons _english;

    public EventDates(LexiconSet lexicons)
    {
        _events = lexicons.Events;
        _english = lexicons.English;
    }

    public DateMention?[] Assign(EventSentence s, IReadOnlyList<AcceptedTrigger> triggers)
    {
        var result = new DateMention?[triggers.Count];
        // The sentence's dates and the (trigger, date) pairs are gathered in lists kept per thread.
        var dates = t_dates ??= [];
        dates.Clear();
        foreach (var d in s.Doc.Dates)
            if (d.Start >= s.Span.Start && d.End <= s.Span.End) dates.Add(d);
        if (dates.Count == 0) return result;
        var pairs = t_pairs ??= [];
        pairs.Clear();
        for (int t = 0; t < triggers.Count; t++)
            for (int d = 0; d < dates.Count; d++)
                pairs.Add((Distance(s, triggers[t].Trigger, dates[d]), t, d));
        pairs.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance)
            : a.Trigger != b.Trigger ? a.Trigger.CompareTo(b.Trigger) : a.Date.CompareTo(b.Date));
        // The trigger that took each date first, or -1.
        Span<int> owner = dates.Count <= 64 ? stackalloc int[dates.Count] : new int[dates.Count];
        owner.Fill(-1);
        foreach (var (_, t, d) in pairs)
        {
            if (result[t] is not null) continue;
            int o = owner[d];
            if (o >= 0 && !MayShare(s, dates[d], triggers[o], triggers[t], Distance(s, triggers[o].Trigger, dates[d]))) continue;
            result[t] = dates[d];
            if (o < 0) owner[d] = t;
        }
        dates.Clear();
        // A ranking given in a report takes the report's date.
        for (int t = 0; t < triggers.Count; t++)
        {
            if (result[t] is not null || triggers[t].EventType != EventType.Ranking) continue;
            for (int o = 0; o < triggers.Count; o++)
                if (triggers[o].EventType == EventType.Publication && result[o] is { } d) { result[t] = d; break; }
        }
        return result;
    }

    [ThreadStatic] private static List<DateMention>? t_dates;
    [ThreadStatic] private static List<(int Distance, int Trigger, int Date)>? t_pairs;

    private static int Distance(EventSentence s, TriggerMatch m, DateMention d)
    {
        int first = s.TokenAt(d.Start), last = s.TokenAt(d.End) - 1;
        if (last < m.First) return m.First - last;
        if (first > m.Last) return first - m.Last;
        return 0;
    }

    /// <summary>How close a date must stand to a trigger to be its own ("his swearing-in on Friday").</summary>
    private const int AttachedDistance = 2;

    private bool MayShare(EventSentence s, DateMention d, AcceptedTrigger owner, AcceptedTrigger other, int ownerDistance)
    {
        if (IsOpener(s, d) || (d.IsRelative && ownerDistance > AttachedDistance)) return true;
        // "speaking at the X Festival on November 2": a speech takes the date of the gathering it is at.
        if (other.EventType == EventType.Speech && owner.EventType == EventType.Gathering && owner.Trigger.First > other.Trigger.Last && owner.Trigger.First - other.Trigger.Last <= 15) return true;
        var (a, b) = owner.Trigger.First < other.Trigger.First ? (owner.Trigger, other.Trigger) : (other.Trigger, owner.Trigger);
        for (int i = a.Last + 1; i < b.First; i++)
        {
            var w = s.Lower(i);
            if (w is not "," && !_events.ListConjunctions.Contains(w) && !_english.BeForms.Contains(w) && !_english.HaveForms.Contains(w) && !_events.AuxiliaryAdverbs.Contains(w)) return false;
        }
        return true;
    }

    /// <summary>"On December 7, …", "In 2016, …", "Last April 26, 2023, …": a date that opens the sentence.</summary>
    private bool IsOpener(EventSentence s, DateMention d)
    {
        int first = s.TokenAt(d.Start);
        if (first - s.First > 2) return false;
        for (int i = s.First; i < first; i++)
            if (!_events.DateOpeners.Contains(s.Lower(i))) return false;
        return s.Lower(s.TokenAt(d.End)) is ",";
    }
}
