using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// The LegislativeAction family: a bill, act, law or ordinance introduced, passed, signed or enacted.
/// A law noun or a law's name must stand near the trigger: within 10 words, or 40 for a verb that
/// completes a law (enacting, signing and passing verbs). A signing verb before an agreement is a
/// partnership; a passing verb before a particle is another verb ("passed away").
/// </summary>
internal sealed class LegislativeRule
{
    private const int NearReach = 10;
    private const int EnactingReach = 40;

    private readonly EventLexicons _events;

    public LegislativeRule(EventLexicons events) => _events = events;

    public EventReading? Read(EventSentence s, TriggerMatch m)
    {
        if (m.Form == TriggerForm.SigningVerb && TriggerSurroundings.NearAny(s, m, 0, 5, _events.Agreements)) return new EventReading(EventType.Partnership);
        if (m.Form == TriggerForm.PassingVerb && _events.PassingParticles.Contains(s.Lower(m.Last + 1))) return null;
        // "the Council's proposal of 3 May": the noun is the law in the making (an event only when dated).
        if (m.Form == TriggerForm.DatedNoun) return new EventReading(EventType.LegislativeAction, NeedsDate: true);
        int reach = m.Form is TriggerForm.EnactingVerb or TriggerForm.SigningVerb or TriggerForm.PassingVerb ? EnactingReach : NearReach;
        return HasLaw(s, m, reach) ? new EventReading(EventType.LegislativeAction) : null;
    }

    private bool HasLaw(EventSentence s, TriggerMatch m, int reach) =>
        TriggerSurroundings.NearAny(s, m, reach, reach, _events.LawNouns)
        || TriggerSurroundings.AnyNear(s, m, reach, EntityType.Law);
}
