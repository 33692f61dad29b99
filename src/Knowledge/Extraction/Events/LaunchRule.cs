using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// The Launch family: "launched the network", "was set up in 2019", "the launch on May 3" (dated),
/// "helped establish", and a dated "release" whose object decides between a Launch and a Publication.
/// </summary>
internal sealed class LaunchRule
{
    /// <summary>How far after a launch verb a law noun makes it a legislative act.</summary>
    private const int LawObjectReach = 4;

    private readonly EventLexicons _events;
    private readonly EventGrammar _grammar;

    /// <summary>How far before a launch verb a gathering noun may stand as its subject ("the summit officially kicked off").</summary>
    private const int SubjectReach = 2;

    private readonly Lexicon _gatheringNouns;

    public LaunchRule(EventLexicons events, EventGrammar grammar, Lexicon gatheringNouns)
    {
        _events = events;
        _grammar = grammar;
        _gatheringNouns = gatheringNouns;
    }

    public EventReading? Read(EventSentence s, TriggerMatch m, EventGrammar.Auxiliaries aux)
    {
        if (_grammar.CountsCases(s, m, aux)) return null;
        switch (m.Form)
        {
            case TriggerForm.ReleaseNoun:
                if (_events.ReleaseModifiers.Contains(s.Lower(m.First - 1))) return null;
                bool work = TriggerSurroundings.NearAny(s, m, 6, 6, _events.Works) || TriggerSurroundings.WorkNear(s, m, 6);
                return new EventReading(work ? EventType.Publication : EventType.Launch, NeedsDate: true);
            case TriggerForm.DatedNoun:
                return aux.Passive || aux.Perfect ? null : new EventReading(EventType.Launch, NeedsDate: true);
            case TriggerForm.HelpInfinitive:
                var stop = s.Lower(aux.Stop);
                return _events.HelpVerbsBeforeBase.Contains(stop) || _events.InfinitiveMarkers.Contains(stop) ? new EventReading(EventType.Launch) : null;
        }
        // "the Harbor Summit kicked off": a gathering that starts is a gathering held.
        if (!aux.Passive && s.AnyIn(m.First - SubjectReach, m.First, _gatheringNouns)) return new EventReading(EventType.Gathering);
        if (!HasObject(s, m, aux) && !LawObject(s, m)) return null;
        // "unveiled new proposals", "launched a bill": what is set out is a law in the making.
        return LawObject(s, m) ? new EventReading(EventType.LegislativeAction) : new EventReading(EventType.Launch);
    }

    /// <summary>Whether a law noun heads the verb's object within reach, before any "to" ("launched to strengthen law enforcement" has none).</summary>
    private bool LawObject(EventSentence s, TriggerMatch m)
    {
        for (int k = m.Last + 1; k <= m.Last + LawObjectReach && s.Has(k); k++)
        {
            if (_events.InfinitiveMarkers.Contains(s.Lower(k))) return false;
            if (_events.LawNouns.Contains(s.Lower(k))) return true;
        }
        return false;
    }

    /// <summary>A launch verb, not an adjective, that is passive, followed by a time, place or agent, or by an object that is not "an attack".</summary>
    private bool HasObject(EventSentence s, TriggerMatch m, EventGrammar.Auxiliaries aux)
    {
        if (_grammar.IsAdjective(s, m.First)) return false;
        if (aux.Passive || m.First == s.First || _events.LaunchAdjuncts.Contains(s.Lower(m.Last + 1))) return true;
        int j = _grammar.SkipAdverbs(s, m.Last + 1);
        for (int k = j; k < j + 4; k++) if (_events.NotLaunched.Contains(s.Lower(k))) return false;
        return _grammar.OpensObject(s.Lower(j)) || s.IsCapitalised(j) || s.Kind(j) is TokenKind.OpenQuote or TokenKind.Quote;
    }
}
