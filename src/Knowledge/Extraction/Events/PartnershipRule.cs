using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// The Partnership family: "partnered with X", "in partnership with X", "X and Y partnered on": a named
/// partner after "with" among at least two named parties, or (for a verb) two named parties before it.
/// A capitalised noun is part of a name ("the Clean Seas Partnership").
/// </summary>
internal sealed class PartnershipRule
{
    private readonly EventLexicons _events;

    public PartnershipRule(EventLexicons events) => _events = events;

    public bool Accepts(EventSentence s, TriggerMatch m)
    {
        bool noun = m.Form == TriggerForm.Noun;
        if (noun && s.IsCapitalised(m.First)) return false;
        var named = TriggerSurroundings.EntitiesNear(s, m, 60).Where(e => e.Type is EntityType.Organization or EntityType.Person).ToList();
        int with = s.IndexOf(m.Last + 1, m.Last + 6, _events.PartnerMarkers);
        if (with >= 0)
        {
            var after = named.Where(e => s.TokenAt(e.Start) > with && s.TokenAt(e.Start) <= with + 8).ToList();
            return after.Count > 0 && named.Count >= 2;
        }
        return !noun && named.Count(e => s.TokenAt(e.Start) < m.First) >= 2;
    }
}
