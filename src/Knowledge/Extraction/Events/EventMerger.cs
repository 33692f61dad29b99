using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
internal static partial class EventMerger
{
    /// <summary>How many days before publication a headline's news may have happened (a press release may come weeks after).</summary>
    private const int NewsDays = 31;

    /// <summary>How many letters two forms of one verb ("settles", "settled") share at least.</summary>
    private const int StemLength = 4;

    public static ImmutableArray<EventMention> Merge(IReadOnlyList<EventMention> mentions, Func<EventMention, bool> inTitle, DateOnly? published = null, Func<EventMention, string>? triggerWord = null)
    {
        if (mentions.Count == 0) return [];
        // Groups hold indices into the mentions; participants' names are compared where they stand, without a set per mention.
        // The groups and their lists are the thread's, reused from one document to the next (issue 18: they were a third of the merge's allocations).
        var events = _events ??= [];
        var spare = _spareGroups ??= [];
        spare.AddRange(events);
        events.Clear();
        for (int m = 0; m < mentions.Count; m++)
        {
            if (Undated(mentions[m])) continue;
            var into = DatedGroup(mentions, events, m);
            if (into is null) events.Add(NewGroup(spare, m)); else into.Add(m);
        }
        // A mention dated only by its context joins as an undated one would, but only an event whose date agrees.
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (!Undated(mention)) continue;
            // "Other" gathers unlike events: those join only on a shared participant.
            bool other = mention.EventType == EventType.Other;
            bool title = inTitle(mention);
            bool general = !other && (title || !HasActors(mentions[m]));
            if (title && mention.Date is null && published is { } p)
            {
                // A headline tells the day's news: it joins the text's telling of it, recent or undated, else stands alone.
                var news = NewsGroup(mentions, events, m, p, other, triggerWord);
                if (news is null) events.Add(NewGroup(spare, m)); else news.Add(m);
                continue;
            }
            var into = UndatedGroup(mentions, events, m, general) ?? (other ? null : AllUndatedGroup(mentions, events, mention.EventType));
            if (into is null) events.Add(NewGroup(spare, m)); else into.Add(m);
        }
        var ordered = InTextOrder(mentions, events);
        var result = Scratch(ref _merged, mentions.Count);
        int n = 0;
        for (int i = 0; i < events.Count; i++)
        {
            var group = events[ordered[i]];
            var best = MostPrecise(mentions, group);
            foreach (int k in group)
            {
                var m = mentions[k];
                bool own = m.Date is not null && best is not null && IsoDateKey.Same(m.Date, best.Date!);
                var date = best?.Date;
                var source = own ? m.DateSource : best is null ? EventDateSource.None : EventDateSource.Event;
                // A mention the merge leaves as it was is kept, not copied (issue 18: the copies were most of the stage's allocations).
                bool unchanged = m.EventIndex == i && ReferenceEquals(m.Date, date) && m.DateSource == source;
                result[n++] = unchanged ? m : m with { EventIndex = i, Date = date, DateSource = source };
            }
        }
        // A stable sort by start, then trigger: equal keys keep their order (the index breaks the tie).
        var order = Scratch(ref _mentionOrder, n).AsSpan(0, n);
        for (int i = 0; i < order.Length; i++) order[i] = i;
        order.Sort(new MentionOrder(result));
        var sorted = new EventMention[n];
        for (int i = 0; i < n; i++) sorted[i] = result[order[i]];
        // The scratch array must not keep the document's mentions alive.
        Array.Clear(result, 0, n);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    [ThreadStatic]
    private static List<List<int>>? _events;

    /// <summary>Group lists of earlier documents, emptied when taken.</summary>
    [ThreadStatic]
    private static List<List<int>>? _spareGroups;

    [ThreadStatic]
    private static EventMention[]? _merged;

    [ThreadStatic]
    private static int[]? _order;

    [ThreadStatic]
    private static int[]? _mentionOrder;

    [ThreadStatic]
    private static int[]? _firstStarts;

    /// <summary>A group of one mention, in a spare list when there is one.</summary>
    private static List<int> NewGroup(List<List<int>> spare, int m)
    {
        if (spare.Count == 0) return [m];
        var group = spare[^1];
        spare.RemoveAt(spare.Count - 1);
        group.Clear();
        group.Add(m);
        return group;
    }

    /// <summary>The thread's scratch array, grown to hold at least <paramref name="length"/> items.</summary>
    private static T[] Scratch<T>(ref T[]? array, int length)
    {
        if (array is null || array.Length < length) array = new T[Math.Max(length, 2 * (array?.Length ?? 8))];
        return array;
    }

    /// <summary>Mentions by start, then trigger start, then their position (so the sort is stable).</summary>
    private readonly struct MentionOrder(EventMention[] mentions) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var (a, b) = (mentions[x], mentions[y]);
            int c = a.Start.CompareTo(b.Start);
            if (c == 0) c = a.Trigger.Start.CompareTo(b.Trigger.Start);
            return c != 0 ? c : x.CompareTo(y);
        }
    }

    /// <summary>Events by their first mention's start, then their type's name, then their position (so the sort is stable).</summary>
    private readonly struct EventOrder(int[] firstStarts, IReadOnlyList<EventMention> mentions, List<List<int>> events) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            int c = firstStarts[x].CompareTo(firstStarts[y]);
            if (c == 0) c = string.CompareOrdinal(mentions[events[x][0]].EventType.Name(), mentions[events[y][0]].EventType.Name());
            return c != 0 ? c : x.CompareTo(y);
        }
    }

    /// <summary>The first event of the mention's type whose dates all agree with its date and that shares a participant with it (or names none).</summary>
    private static List<int>? DatedGroup(IReadOnlyList<EventMention> mentions, List<List<int>> events, int m)
    {
        var mention = mentions[m];
        foreach (var g in events)
        {
            if (mentions[g[0]].EventType != mention.EventType) continue;
            bool compatible = true;
            foreach (int o in g)
                if (!Compatible(mentions[o].Date, mention.Date)) { compatible = false; break; }
            if (compatible && AnyOverlap(mentions, g, m, emptyMatches: true)) return g;
        }
        return null;
    }

    /// <summary>The first event of the headline mention's type told recently or undated (for "Other", one sharing a participant or the trigger's verb).</summary>
    private static List<int>? NewsGroup(IReadOnlyList<EventMention> mentions, List<List<int>> events, int m, DateOnly published, bool other, Func<EventMention, string>? triggerWord)
    {
        var mention = mentions[m];
        foreach (var g in events)
        {
            if (mentions[g[0]].EventType != mention.EventType) continue;
            bool recent = true;
            foreach (int o in g)
                if (!(Undated(mentions[o]) || Recent(mentions[o].Date!, published))) { recent = false; break; }
            if (!recent) continue;
            if (!other) return g;
            foreach (int o in g)
                if (Overlap(mentions, o, m, emptyMatches: false) || (triggerWord is not null && SameVerb(triggerWord(mentions[o]), triggerWord(mention)))) return g;
        }
        return null;
    }

    /// <summary>The first event of the mention's type whose dates agree with its date (when it has one) and that shares a participant (unless the mention is general).</summary>
    private static List<int>? UndatedGroup(IReadOnlyList<EventMention> mentions, List<List<int>> events, int m, bool general)
    {
        var mention = mentions[m];
        foreach (var g in events)
        {
            if (mentions[g[0]].EventType != mention.EventType) continue;
            if (mention.Date is not null)
            {
                bool agree = true;
                foreach (int o in g)
                    if (!(Undated(mentions[o]) || Compatible(mentions[o].Date, mention.Date))) { agree = false; break; }
                if (!agree) continue;
            }
            if (general || AnyOverlap(mentions, g, m, emptyMatches: false)) return g;
        }
        return null;
    }

    /// <summary>The first event of a type whose mentions are all undated.</summary>
    private static List<int>? AllUndatedGroup(IReadOnlyList<EventMention> mentions, List<List<int>> events, EventType type)
    {
        foreach (var g in events)
        {
            if (mentions[g[0]].EventType != type) continue;
            bool undated = true;
            foreach (int o in g)
                if (!Undated(mentions[o])) { undated = false; break; }
            if (undated) return g;
        }
        return null;
    }

    /// <summary>The events' order: by their first mention's start, then their type's name (stable: the group's index breaks the tie), in the thread's scratch array.</summary>
    private static int[] InTextOrder(IReadOnlyList<EventMention> mentions, List<List<int>> events)
    {
        var first = Scratch(ref _firstStarts, events.Count);
        for (int g = 0; g < events.Count; g++)
        {
            int min = int.MaxValue;
            foreach (int k in events[g]) min = Math.Min(min, mentions[k].Start);
            first[g] = min;
        }
        var order = Scratch(ref _order, events.Count);
        var span = order.AsSpan(0, events.Count);
        for (int i = 0; i < span.Length; i++) span[i] = i;
        span.Sort(new EventOrder(first, mentions, events));
        return order;
    }

    /// <summary>The dated mention with the most precise date, the earliest on a tie (the first of those on a further tie), or null.</summary>
    private static EventMention? MostPrecise(IReadOnlyList<EventMention> mentions, List<int> group)
    {
        EventMention? best = null;
        foreach (int k in group)
        {
            var m = mentions[k];
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
        return IsoDateKey.Nested(a, b);
    }
}
