using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// Groups the event mentions of one document into events. Two dated mentions are one event when
/// their type is the same, one date is the other or a refinement of it ("2017" and "November 10,
/// 2017"), and they share a participant or one names none. An undated mention joins an event of its
/// type that shares a participant (a headline's mention, or one naming nobody, joins the first event of
/// its type), else the other undated mentions of its type: a document rarely
/// tells two undated events of one type, and telling one twice is common. A mention dated only by the
/// sentences around it joins as an undated one. Every mention of an event gets the event's most precise date.
/// </summary>
internal static class EventMerger
{
    /// <summary>How many days before publication a headline's news may have happened (a press release may come weeks after).</summary>
    private const int NewsDays = 31;

    /// <summary>How many letters two forms of one verb ("settles", "settled") share at least.</summary>
    private const int StemLength = 4;

    public static ImmutableArray<EventMention> Merge(IReadOnlyList<EventMention> mentions, Func<EventMention, bool> inTitle, DateOnly? published = null, Func<EventMention, string>? triggerWord = null)
    {
        if (mentions.Count == 0) return [];
        var people = new Dictionary<EventMention, HashSet<string>>(ReferenceEqualityComparer.Instance);
        bool Overlap(EventMention a, EventMention b, bool emptyMatches) => Overlaps(People(a, people), People(b, people), emptyMatches);
        var events = new List<List<EventMention>>();
        foreach (var m in mentions.Where(m => !Undated(m)))
        {
            var into = events.FirstOrDefault(g => g[0].EventType == m.EventType && g.All(o => Compatible(o.Date, m.Date)) && g.Any(o => Overlap(o, m, emptyMatches: true)));
            if (into is null) events.Add([m]); else into.Add(m);
        }
        // A mention dated only by its context joins as an undated one would, but only an event whose date agrees.
        foreach (var m in mentions.Where(Undated))
        {
            // "Other" gathers unlike events: those join only on a shared participant.
            bool other = m.EventType == EventType.Other;
            bool general = !other && (inTitle(m) || People(m, people).Count == 0);
            if (inTitle(m) && m.Date is null && published is { } p)
            {
                // A headline tells the day's news: it joins the text's telling of it, recent or undated, else stands alone.
                var news = events.FirstOrDefault(g => g[0].EventType == m.EventType && g.All(o => Undated(o) || Recent(o.Date!, p))
                    && (!other || g.Any(o => Overlap(o, m, emptyMatches: false) || (triggerWord is not null && SameVerb(triggerWord(o), triggerWord(m))))));
                if (news is null) events.Add([m]); else news.Add(m);
                continue;
            }
            var into = events.FirstOrDefault(g => g[0].EventType == m.EventType && (m.Date is null || g.All(o => Undated(o) || Compatible(o.Date, m.Date)))
                    && (general || g.Any(o => Overlap(o, m, emptyMatches: false))))
                ?? (other ? null : events.FirstOrDefault(g => g[0].EventType == m.EventType && g.All(Undated)));
            if (into is null) events.Add([m]); else into.Add(m);
        }
        var ordered = events.OrderBy(g => g.Min(m => m.Start)).ThenBy(g => g[0].EventType.Name(), StringComparer.Ordinal).ToList();
        var result = new List<EventMention>();
        for (int i = 0; i < ordered.Count; i++)
        {
            var best = MostPrecise(ordered[i]);
            foreach (var m in ordered[i])
            {
                bool own = m.Date is not null && m.Date.Iso == best?.Date?.Iso;
                result.Add(m with { EventIndex = i, Date = best?.Date, DateSource = own ? m.DateSource : best is null ? EventDateSource.None : EventDateSource.Event });
            }
        }
        // A stable sort by start, then trigger: equal keys keep their order (the index breaks the tie).
        var order = new int[result.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (result[x], result[y]);
            int c = a.Start.CompareTo(b.Start);
            if (c == 0) c = a.Trigger.Start.CompareTo(b.Trigger.Start);
            return c != 0 ? c : x.CompareTo(y);
        });
        var sorted = ImmutableArray.CreateBuilder<EventMention>(order.Length);
        foreach (int i in order) sorted.Add(result[i]);
        return sorted.MoveToImmutable();
    }

    /// <summary>The dated mention with the most precise date, the earliest on a tie (the first of those on a further tie), or null.</summary>
    private static EventMention? MostPrecise(List<EventMention> group)
    {
        EventMention? best = null;
        foreach (var m in group)
        {
            if (m.Date is null) continue;
            if (best is null || m.Date.Precision > best.Date!.Precision || m.Date.Precision == best.Date.Precision && m.Start < best.Start) best = m;
        }
        return best;
    }

    /// <summary>Whether a date (a day, a month or a year) overlaps the month before publication.</summary>
    private static bool Recent(DateMention d, DateOnly published)
    {
        var last = d.Precision switch
        {
            DatePrecision.Day => d.Value,
            DatePrecision.Month => d.Value.AddMonths(1).AddDays(-1),
            _ => d.Value.AddYears(1).AddDays(-1),
        };
        return d.Value <= published && last >= published.AddDays(-NewsDays);
    }

    /// <summary>Whether two trigger words are forms of one verb ("settles", "settled"): they share all but the last two letters of the shorter.</summary>
    private static bool SameVerb(string a, string b)
    {
        int shared = 0;
        while (shared < a.Length && shared < b.Length && char.ToLowerInvariant(a[shared]) == char.ToLowerInvariant(b[shared])) shared++;
        return shared >= StemLength && shared >= Math.Min(a.Length, b.Length) - 2;
    }

    /// <summary>Whether the text leaves the mention undated or dates it only by the sentences around it.</summary>
    private static bool Undated(EventMention m) => m.Date is null || m.DateSource == EventDateSource.Context;

    private static bool Compatible(DateMention? a, DateMention? b)
    {
        if (a is null || b is null) return a is null && b is null;
        string x = a.Iso, y = b.Iso;
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    private static bool Overlaps(HashSet<string> pa, HashSet<string> pb, bool emptyMatches)
    {
        if (pa.Count == 0 || pb.Count == 0) return emptyMatches;
        return pa.Any(x => pb.Any(y => SameOrUnit(x, y)));
    }

    /// <summary>The same name, or one an organisation's unit of the other ("Red Cross" and "Red Cross Kenya").</summary>
    private static bool SameOrUnit(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return true;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return longer.StartsWith(shorter + " ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The names of <see cref="People(EventMention)"/>, read once for each mention (every group asks for them).</summary>
    private static HashSet<string> People(EventMention m, Dictionary<EventMention, HashSet<string>> read)
    {
        if (!read.TryGetValue(m, out var names)) read[m] = names = People(m);
        return names;
    }

    /// <summary>The names of a mention that names no one: one empty set, only ever read.</summary>
    private static readonly HashSet<string> NoPeople = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names, keys and acronyms of the people and organisations a mention names.</summary>
    private static HashSet<string> People(EventMention m)
    {
        HashSet<string>? names = null;
        foreach (var p in m.Participants)
        {
            if (p.Entity.Type is not (EntityType.Person or EntityType.Organization)) continue;
            names ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            names.Add(p.Entity.Name);
            if (p.Entity.Key is { } k) names.Add(k);
            if (p.Entity.SameAs is { } same) names.Add(same);
        }
        return names ?? NoPeople;
    }
}
