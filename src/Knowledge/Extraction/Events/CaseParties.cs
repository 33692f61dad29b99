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
        var events = mentions.Where(IsDatedCaseMention).GroupBy(m => m.EventIndex).Select(g => g.ToList()).ToList();
        var extra = new Dictionary<int, List<EventParticipant>>();
        var described = new Dictionary<int, List<EventDescription>>();
        foreach (var day in events.Where(IsDatedCase).GroupBy(g => g[0].Date!.Iso, StringComparer.Ordinal))
        {
            var convictions = day.Where(g => g[0].EventType == EventType.Conviction).ToList();
            var sentencings = day.Where(g => g[0].EventType == EventType.Sentencing).ToList();
            if (convictions.Count != 1 || sentencings.Count != 1) continue;
            Lend(convictions[0], sentencings[0], extra);
            Lend(sentencings[0], convictions[0], extra);
            LendDescriptions(convictions[0], sentencings[0], described);
            LendDescriptions(sentencings[0], convictions[0], described);
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

    /// <summary>"found two defendants guilty … and sentenced them": the sentencing's "them" are the conviction's "two defendants".</summary>
    private static void LendDescriptions(List<EventMention> from, List<EventMention> to, Dictionary<int, List<EventDescription>> described)
    {
        foreach (var part in SharedParts)
        {
            if (to.Any(m => m.Descriptions.Any(d => d.Part == part)) || Actors(to).Any(p => p.Part == part)) continue;
            if (from.SelectMany(m => m.Descriptions).FirstOrDefault(d => d.Part == part) is not { } d) continue;
            int index = to[0].EventIndex;
            if (!described.TryGetValue(index, out var list)) described[index] = list = [];
            list.Add(d);
        }
    }

    private static bool IsDatedCaseMention(EventMention m) =>
        m.EventType is EventType.Conviction or EventType.Sentencing && m.Date is { Precision: DatePrecision.Day };

    private static bool IsDatedCase(List<EventMention> g) =>
        g[0].EventType is EventType.Conviction or EventType.Sentencing && g[0].Date is { Precision: DatePrecision.Day };

    /// <summary>Gives <paramref name="to"/> the agents and subjects of <paramref name="from"/> for each part it has none of.</summary>
    private static void Lend(List<EventMention> from, List<EventMention> to, Dictionary<int, List<EventParticipant>> extra)
    {
        var theirs = Actors(from);
        var ours = Actors(to);
        foreach (var part in SharedParts)
        {
            if (ours.Any(p => p.Part == part)) continue;
            var lent = theirs.Where(p => p.Part == part && !ours.Any(o => SameEntity(o.Entity, p.Entity))).ToList();
            if (lent.Count == 0) continue;
            int index = to[0].EventIndex;
            if (!extra.TryGetValue(index, out var list)) extra[index] = list = [];
            list.AddRange(lent);
        }
    }

    private static List<EventParticipant> Actors(List<EventMention> g) =>
        g.SelectMany(m => m.Participants).Where(p => p.Entity.Type is EntityType.Person or EntityType.Organization).ToList();

    private static bool SameEntity(EntityMention a, EntityMention b) =>
        a.Type == b.Type && (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase) || (a.Key is not null && a.Key == b.Key));
}
