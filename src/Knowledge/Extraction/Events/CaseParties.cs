using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// A conviction and a sentencing a document dates to the same day are one case told twice: the
/// court that found the accused guilty is the court that sentenced them, and the convicted are the
/// sentenced. Each of the two events gets the agents and subjects the other names when it names
/// none of its own ("A woman received two life sentences" and "On May 2 the Regional Court found her
/// guilty"), and the descriptions of parties it does not name ("found two defendants guilty … and
/// sentenced them"). Only when the day holds exactly one conviction and one sentencing: two cases decided the
/// same day are not mixed.
/// </summary>
internal static class CaseParties
{
    private static readonly ImmutableArray<EventPart> SharedParts = [EventPart.Agent, EventPart.Subject];

    public static ImmutableArray<EventMention> Share(ImmutableArray<EventMention> mentions)
    {
        // A case shares its parties between a conviction and a sentencing: without both, nothing to group.
        bool conviction = false, sentencing = false;
        foreach (var m in mentions)
        {
            conviction |= m.EventType == EventType.Conviction;
            sentencing |= m.EventType == EventType.Sentencing;
        }
        if (!conviction || !sentencing || !ShareADay(mentions)) return mentions;
        // Only the dated convictions and sentencings are grouped: an event's mentions share its type and date, so its group is whole.
        var events = CaseEvents(mentions);
        var extra = new Dictionary<int, List<EventParticipant>>();
        var described = new Dictionary<int, List<EventDescription>>();
        // Each day once, with the first event dated to it; its cases are that event and the later ones of the day.
        for (int i = 0; i < events.Count; i++)
        {
            var day = events[i][0].Date!;
            if (DatedBefore(events, i, day)) continue;
            List<EventMention>? convicted = null, sentenced = null;
            int convictions = 0, sentencings = 0;
            for (int k = i; k < events.Count; k++)
            {
                var g = events[k];
                if (!IsoDateKey.Same(g[0].Date!, day)) continue;
                if (g[0].EventType == EventType.Conviction) (convicted, convictions) = (g, convictions + 1);
                else if (g[0].EventType == EventType.Sentencing) (sentenced, sentencings) = (g, sentencings + 1);
            }
            if (convictions != 1 || sentencings != 1) continue;
            Lend(convicted!, sentenced!, extra);
            Lend(sentenced!, convicted!, extra);
            LendDescriptions(convicted!, sentenced!, described);
            LendDescriptions(sentenced!, convicted!, described);
        }
        if (extra.Count == 0 && described.Count == 0) return mentions;
        var seen = new HashSet<int>();
        return mentions.Select(m =>
        {
            if (!seen.Add(m.EventIndex)) return m;
            if (extra.TryGetValue(m.EventIndex, out var add)) m = m with { Participants = m.Participants.AddRange(add) };
            if (described.TryGetValue(m.EventIndex, out var more)) m = m with { Descriptions = m.Descriptions.AddRange(more) };
            return m;
        }).ToImmutableArray();
    }

    /// <summary>
    /// Whether a conviction and a sentencing are dated to the same day: without such a pair no case is told twice, and the
    /// events need not be grouped (every mention of an event has the event's date).
    /// </summary>
    private static bool ShareADay(ImmutableArray<EventMention> mentions)
    {
        foreach (var c in mentions)
        {
            if (c.EventType != EventType.Conviction || c.Date is not { Precision: DatePrecision.Day } day) continue;
            foreach (var s in mentions)
                if (s.EventType == EventType.Sentencing && s.Date is { Precision: DatePrecision.Day } other && IsoDateKey.Same(day, other)) return true;
        }
        return false;
    }

    /// <summary>
    /// The dated convictions' and sentencings' mentions grouped by event, the events in the order of their first mention
    /// (as <c>GroupBy</c> orders them): a document tells few, so each mention looks its event up in a loop.
    /// </summary>
    private static List<List<EventMention>> CaseEvents(ImmutableArray<EventMention> mentions)
    {
        var events = new List<List<EventMention>>();
        foreach (var m in mentions)
        {
            if (!IsDatedCaseMention(m)) continue;
            List<EventMention>? group = null;
            foreach (var g in events)
                if (g[0].EventIndex == m.EventIndex) { group = g; break; }
            if (group is null) events.Add([m]); else group.Add(m);
        }
        return events;
    }

    /// <summary>Whether an event before event <paramref name="i"/> is dated to the day (its day was read with that one).</summary>
    private static bool DatedBefore(List<List<EventMention>> events, int i, DateMention day)
    {
        for (int k = 0; k < i; k++)
            if (IsoDateKey.Same(events[k][0].Date!, day)) return true;
        return false;
    }

    /// <summary>"found two defendants guilty … and sentenced them": the sentencing's "them" are the conviction's "two defendants".</summary>
    private static void LendDescriptions(List<EventMention> from, List<EventMention> to, Dictionary<int, List<EventDescription>> described)
    {
        foreach (var part in SharedParts)
        {
            if (HasDescription(to, part) || HasActor(to, part)) continue;
            if (FirstDescription(from, part) is not { } d) continue;
            int index = to[0].EventIndex;
            if (!described.TryGetValue(index, out var list)) described[index] = list = [];
            list.Add(d);
        }
    }

    private static bool HasDescription(List<EventMention> g, EventPart part) => FirstDescription(g, part) is not null;

    private static EventDescription? FirstDescription(List<EventMention> g, EventPart part)
    {
        foreach (var m in g)
            foreach (var d in m.Descriptions)
                if (d.Part == part) return d;
        return null;
    }

    private static bool IsDatedCaseMention(EventMention m) =>
        m.EventType is EventType.Conviction or EventType.Sentencing && m.Date is { Precision: DatePrecision.Day };

    /// <summary>
    /// Gives <paramref name="to"/> the agents and subjects of <paramref name="from"/> for each part it has none of, but for
    /// those it names already, in the order <paramref name="from"/>'s mentions name them.
    /// </summary>
    private static void Lend(List<EventMention> from, List<EventMention> to, Dictionary<int, List<EventParticipant>> extra)
    {
        foreach (var part in SharedParts)
        {
            if (HasActor(to, part)) continue;
            List<EventParticipant>? list = null;
            foreach (var m in from)
                foreach (var p in m.Participants)
                {
                    if (!IsActor(p) || p.Part != part || NamesActor(to, p.Entity)) continue;
                    if (list is null)
                    {
                        int index = to[0].EventIndex;
                        if (!extra.TryGetValue(index, out list)) extra[index] = list = [];
                    }
                    list.Add(p);
                }
        }
    }

    /// <summary>The actors of an event are the persons and organisations among its mentions' participants.</summary>
    private static bool IsActor(EventParticipant p) => p.Entity.Type is EntityType.Person or EntityType.Organization;

    private static bool HasActor(List<EventMention> g, EventPart part)
    {
        foreach (var m in g)
            foreach (var p in m.Participants)
                if (IsActor(p) && p.Part == part) return true;
        return false;
    }

    private static bool NamesActor(List<EventMention> g, EntityMention entity)
    {
        foreach (var m in g)
            foreach (var p in m.Participants)
                if (IsActor(p) && SameEntity(p.Entity, entity)) return true;
        return false;
    }

    private static bool SameEntity(EntityMention a, EntityMention b) =>
        a.Type == b.Type && (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase) || (a.Key is not null && a.Key == b.Key));
}
