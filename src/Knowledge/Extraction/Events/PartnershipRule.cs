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

    /// <summary>How far from the trigger (in tokens) a partner may be named.</summary>
    private const int NamedReach = 60;

    public bool Accepts(EventSentence s, TriggerMatch m)
    {
        bool noun = m.Form == TriggerForm.Noun;
        if (noun && s.IsCapitalised(m.First)) return false;
        int with = s.IndexOf(m.Last + 1, m.Last + 6, _events.PartnerMarkers);
        // The people and organisations near the trigger, counted where they stand: all, those after "with", those before the trigger.
        int named = 0, afterWith = 0, before = 0;
        foreach (var e in s.Doc.Entities)
        {
            if (e.Type is not (EntityType.Organization or EntityType.Person) || e.Start < s.Span.Start || e.End > s.Span.End) continue;
            int t = s.TokenAt(e.Start);
            if (t < m.First - NamedReach || t > m.Last + NamedReach) continue;
            named++;
            if (with >= 0 && t > with && t <= with + 8) afterWith++;
            if (t < m.First) before++;
        }
        if (with >= 0) return afterWith > 0 && named >= 2;
        return !noun && before >= 2;
    }
}
