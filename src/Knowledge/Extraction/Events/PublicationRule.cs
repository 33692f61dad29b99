using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// The Publication family: "released its report", "a study published in 2020"; not a person released
/// from prison. A product nearer than any work makes it a Launch ("released the podcast"); a notice-verb
/// before a notice or order makes it an official act (Other: "issued a warrant").
/// </summary>
internal sealed class PublicationRule
{
    private readonly EventLexicons _events;
    private readonly EventGrammar _grammar;
    private readonly TriggerSurroundings _near;

    public PublicationRule(EventLexicons events, EventGrammar grammar, TriggerSurroundings near)
    {
        _events = events;
        _grammar = grammar;
        _near = near;
    }

    private static bool Dated(EventSentence s)
    {
        foreach (var d in s.Doc.Dates)
            if (d.Start >= s.Span.Start && d.End <= s.Span.End) return true;
        return false;
    }

    public EventReading? Read(EventSentence s, TriggerMatch m, EventGrammar.Auxiliaries aux)
    {
        if (TriggerSurroundings.NearAny(s, m, 3, 5, _events.PersonReleaseCues)) return null;
        if (m.Form == TriggerForm.NoticeVerb && TriggerSurroundings.NearAny(s, m, 0, 4, _events.Notices)) return new EventReading(EventType.Other);
        // "In the Trust's study conducted with the council, …": a work the verb only describes, undated, is no release.
        if (!aux.Passive && !aux.Perfect && _events.Works.Contains(s.Lower(m.First - 1)) && !Dated(s)) return null;
        int work = TriggerSurroundings.Nearest(s, m, 14, _events.Works, lowerOnly: false);
        int product = TriggerSurroundings.Nearest(s, m, 8, _events.Products, lowerOnly: true);
        if (product < work) return new EventReading(EventType.Launch);
        if (work < int.MaxValue || TriggerSurroundings.WorkNear(s, m, 8) || _near.WorkHeadNear(s, m, 8))
            return aux.Perfect && _grammar.CountsCases(s, m, aux) ? null : new EventReading(EventType.Publication);
        return null;
    }
}
