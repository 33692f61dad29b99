using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>Whether two event mentions share a participant: a person or organisation named alike, or one a unit of the other.</summary>
internal static partial class EventMerger
{
    private static bool AnyOverlap(IReadOnlyList<EventMention> mentions, List<int> group, int m, bool emptyMatches)
    {
        foreach (int o in group)
            if (Overlap(mentions, o, m, emptyMatches)) return true;
        return false;
    }

    private static bool Overlap(IReadOnlyList<EventMention> mentions, int a, int b, bool emptyMatches) =>
        Overlaps(mentions[a], mentions[b], emptyMatches);

    /// <summary>
    /// Whether the mentions share a person or organisation: one's name, key or acronym is the other's or a unit's owner
    /// (<see cref="SameOrUnit"/>); <paramref name="emptyMatches"/> when either names none.
    /// </summary>
    private static bool Overlaps(EventMention a, EventMention b, bool emptyMatches)
    {
        if (!HasActors(a) || !HasActors(b)) return emptyMatches;
        foreach (var pa in a.Participants)
        {
            if (!IsActor(pa)) continue;
            foreach (var pb in b.Participants)
                if (IsActor(pb) && SharesName(pa.Entity, pb.Entity)) return true;
        }
        return false;
    }

    private static bool IsActor(EventParticipant p) => p.Entity.Type is EntityType.Person or EntityType.Organization;

    /// <summary>Whether the mention names a person or an organisation.</summary>
    private static bool HasActors(EventMention m)
    {
        foreach (var p in m.Participants)
            if (IsActor(p)) return true;
        return false;
    }

    /// <summary>Whether any of one entity's names (name, key, acronym) is <see cref="SameOrUnit"/> with any of the other's.</summary>
    private static bool SharesName(EntityMention a, EntityMention b) =>
        SameOrUnitAny(a.Name, b) || (a.Key is { } k && SameOrUnitAny(k, b)) || (a.SameAs is { } same && SameOrUnitAny(same, b));

    private static bool SameOrUnitAny(string name, EntityMention b) =>
        SameOrUnit(name, b.Name) || (b.Key is { } k && SameOrUnit(name, k)) || (b.SameAs is { } same && SameOrUnit(name, same));

    /// <summary>The same name, or one an organisation's unit of the other ("Red Cross" and "Red Cross Kenya").</summary>
    private static bool SameOrUnit(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return true;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        // "shorter + ' '" as a prefix, compared in place.
        return longer.Length > shorter.Length && longer[shorter.Length] == ' ' && longer.AsSpan(0, shorter.Length).Equals(shorter, StringComparison.OrdinalIgnoreCase);
    }
}
