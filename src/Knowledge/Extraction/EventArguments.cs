using System.Collections.Immutable;
using Knowledge.Graph;

namespace Knowledge.Extraction;

/// <summary>
/// Reads an event's participants from its sentence: the people and organisations named near the
/// trigger, with their part: agent (before an active trigger, or after "by"), subject (after an
/// active trigger, before a passive one), participant (after "with"); places are its location and
/// laws its subject.
/// </summary>
internal static class EventArguments
{
    /// <summary>How far from the trigger (in tokens) a participant may stand.</summary>
    private const int Reach = 30;

    public static ImmutableArray<EventParticipant> Participants(EventSentence s, AcceptedTrigger t, IReadOnlyList<(int Start, int End)> quotes)
    {
        var result = ImmutableArray.CreateBuilder<EventParticipant>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in s.Doc.Entities)
        {
            if (e.Start < s.Span.Start || e.End > s.Span.End) continue;
            if (e.Type is not (NodeType.Person or NodeType.Organization or NodeType.Law or NodeType.Place)) continue;
            if (quotes.Any(q => e.Start >= q.Start && e.End <= q.End)) continue;
            int first = s.TokenAt(e.Start);
            if (first < t.Trigger.First - Reach || first > t.Trigger.Last + Reach) continue;
            if (!seen.Add(e.Type + ":" + (e.Key ?? e.Name))) continue;
            result.Add(new EventParticipant(e, PartOf(s, t, e, first)));
        }
        return result.ToImmutable();
    }

    private static string PartOf(EventSentence s, AcceptedTrigger t, EntityMention e, int first)
    {
        if (e.Type == NodeType.Place) return "location";
        if (e.Type == NodeType.Law) return "subject";
        bool before = first < t.Trigger.First;
        if (s.AnyIn(first - 3, first, With)) return "participant";
        if (!before && s.AnyIn(first - 3, first, By)) return "agent";
        if (t.Passive) return before ? "subject" : "participant";
        return before ? "agent" : "subject";
    }

    private static readonly HashSet<string> With = new(StringComparer.Ordinal) { "with", "alongside" };
    private static readonly HashSet<string> By = new(StringComparer.Ordinal) { "by" };
}
