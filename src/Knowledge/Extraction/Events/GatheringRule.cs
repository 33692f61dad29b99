using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// The Gathering family: a gathering noun a verb holds ("hosted an event", "the summit, held in Oslo")
/// or where something took place ("at a workshop"), a named one ("the Nordic Data Festival", an event
/// only when dated), or "celebrated the …"; never a gathering noun inside an organisation's name
/// ("Coastal Economic Forum").
/// </summary>
internal sealed class GatheringRule
{
    /// <summary>How far before a gathering noun its venue preposition may stand ("at an inter-agency press conference").</summary>
    private const int VenueReach = 6;

    private readonly EventLexicons _events;
    private readonly EventGrammar _grammar;

    public GatheringRule(EventLexicons events, EventGrammar grammar)
    {
        _events = events;
        _grammar = grammar;
    }

    public EventReading? Read(EventSentence s, TriggerMatch m) =>
        !InsideOrganization(s, m) && NeedsDate(s, m) is { } needsDate ? new EventReading(EventType.Gathering, needsDate) : null;

    /// <summary>Whether the gathering is one (false: it took place; true: a named one, if dated), or null for none.</summary>
    private bool? NeedsDate(EventSentence s, TriggerMatch m)
    {
        if (m.Form is TriggerForm.PastVerb or TriggerForm.PresentParticiple)
        {
            if (_grammar.IsAdjective(s, m.First) || _events.PraiseMarkers.Contains(s.Lower(m.Last + 1))) return null;
            return _grammar.OpensObject(s.Lower(m.Last + 1)) ? false : null;
        }
        if (s.AnyIn(m.First - 10, m.Last + 7, _events.HoldingVerbs)) return false;
        // "… handed out certificates at a UNICEF workshop": something took place at it.
        int at = s.IndexOf(m.First - VenueReach, m.First, _events.VenuePrepositions);
        if (at >= 0 && _events.IndefiniteArticles.Contains(s.Lower(at + 1))) return false;
        // "the Harbor Committee's hearing": a named body held it.
        if (_events.PossessiveMarkers.Contains(s.Lower(m.First - 1)) && s.IsCapitalised(m.First - 2)) return false;
        if (s.IsCapitalised(m.First - 1) && m.Form != TriggerForm.GenericNoun) return true;
        return null;
    }

    /// <summary>Whether the trigger lies inside an organisation's or a work's name.</summary>
    private static bool InsideOrganization(EventSentence s, TriggerMatch m)
    {
        int start = s.Doc.Tokens[m.First].Start;
        foreach (var e in s.Doc.Entities)
            if (e.Type is EntityType.Organization or EntityType.Work && e.Start <= start && start < e.End) return true;
        return false;
    }
}
