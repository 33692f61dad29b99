using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>A trigger the rules accept: the event type it stands for, and whether it needs a date in its sentence to count (a value: one is read for every trigger).</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="EventType">The event type (may differ from the lexicon's: "released" a podcast is a Launch).</param>
/// <param name="NeedsDate">True for mentions that are events only when dated ("the launch on May 3", a named festival).</param>
/// <param name="Passive">Whether the trigger verb is passive.</param>
/// <param name="PresentPerfect">Whether the trigger verb is in the present perfect ("has announced"): it happened just before publication.</param>
internal readonly record struct AcceptedTrigger(TriggerMatch Trigger, EventType EventType, bool NeedsDate, bool Passive, bool PresentPerfect = false);

/// <summary>What a family's rule makes of a trigger: the event type, and whether it counts only when dated.</summary>
/// <param name="Type">The event type.</param>
/// <param name="NeedsDate">Whether the mention is an event only when its sentence dates it.</param>
internal readonly record struct EventReading(EventType Type, bool NeedsDate = false);

/// <summary>
/// Decides whether a trigger in a sentence tells an event that happened, and of which type, keyed on
/// the trigger's type and form (models/events/triggers.txt), never on its word.
/// Common to all: not in the future, a wish or a condition ("will launch", "to pass", "if
/// convicted"), not negated, not a count of cases ("the rescue of 1,000 victims"), not inside a
/// direct quote. Then each family needs its object: a work for a publication, a law for a
/// legislative act, a gathering for a speech, a named partner for a partnership.
/// </summary>
internal sealed class EventRules
{
    private readonly EventLexicons _events;
    private readonly EnglishLexicons _english;
    private readonly EventGrammar _grammar;
    private readonly LaunchRule _launch;
    private readonly PublicationRule _publication;
    private readonly LegislativeRule _legislative;
    private readonly SpeechRule _speech;
    private readonly GatheringRule _gathering;
    private readonly PartnershipRule _partnership;
    private readonly EventObjects _objects;

    public EventRules(LexiconSet lexicons, EventGrammar grammar, EventTriggers triggers)
    {
        _events = lexicons.Events;
        _english = lexicons.English;
        _grammar = grammar;
        var near = new TriggerSurroundings(lexicons);
        _launch = new LaunchRule(lexicons.Events, grammar, GatheringNouns(lexicons.Events, triggers));
        _publication = new PublicationRule(lexicons.Events, grammar, near);
        _legislative = new LegislativeRule(lexicons.Events);
        _speech = new SpeechRule(lexicons.Events, grammar, GatheringNouns(lexicons.Events, triggers));
        _gathering = new GatheringRule(lexicons.Events, grammar);
        _partnership = new PartnershipRule(lexicons.Events);
        _objects = new EventObjects(lexicons.Events.EventObjects);
    }

    /// <summary>The nouns of a gathering: the Gathering triggers that are nouns and the other gathering nouns (models/events/gatherings.txt).</summary>
    private static Lexicon GatheringNouns(EventLexicons events, EventTriggers triggers) =>
        new(events.Gatherings.Name, triggers.EntriesOf(EventType.Gathering, TriggerForm.Noun, TriggerForm.GenericNoun).Entries.Concat(events.Gatherings.Entries));

    /// <summary>The event a trigger stands for, or null.</summary>
    public AcceptedTrigger? Accept(EventSentence s, TriggerMatch m)
    {
        if (EventGrammar.InCompound(s, m.First) || s.TextSpan.TrimEnd() is [.., '?']) return null;
        // "Senate passes the Clean Rivers Act": the headline's present tense tells what just happened.
        if (m.Form == TriggerForm.HeadlineVerb)
        {
            if (!s.InTitle) return null;
            m = m with { Form = TriggerForm.PastVerb };
        }
        bool verdict = m.Form == TriggerForm.VerdictAdjective;
        int head = verdict ? s.IndexOf(m.First - 20, m.First, _events.VerdictVerbs) : m.First;
        if (head < 0) return null;
        var aux = _grammar.Before(s, head);
        if (aux.Blocked || (verdict && _english.Negations.Contains(s.Lower(m.First - 1)))) return null;
        bool passive = aux.Passive || head == s.First;
        if ((m.Form is TriggerForm.ObjectVerb or TriggerForm.ObjectParticiple) && !_objects.Near(s, m, aux.Passive)) return null;
        return Read(s, m, aux) is { } reading ? new AcceptedTrigger(m, reading.Type, reading.NeedsDate, passive, aux.PresentPerfect) : null;
    }

    private EventReading? Read(EventSentence s, TriggerMatch m, EventGrammar.Auxiliaries aux) => m.EventType switch
    {
        EventType.Launch => _launch.Read(s, m, aux),
        EventType.Sentencing => Sentencing(s, m),
        EventType.Conviction => Conviction(s, m, aux),
        EventType.Arrest or EventType.Rescue => ArrestOrRescue(s, m, aux),
        EventType.Publication => _publication.Read(s, m, aux),
        EventType.LegislativeAction => _legislative.Read(s, m),
        EventType.Speech => _speech.Accepts(s, m) ? new EventReading(EventType.Speech) : null,
        EventType.Gathering => _gathering.Read(s, m),
        EventType.Campaign => Campaign(s, m),
        EventType.Ranking => m.Form != TriggerForm.Noun && _grammar.IsAdjective(s, m.First) ? null : new EventReading(EventType.Ranking),
        EventType.Partnership => _grammar.CountsCases(s, m, aux) || !_partnership.Accepts(s, m) ? null : new EventReading(EventType.Partnership),
        EventType.Other => IsOther(s, m, aux) ? new EventReading(EventType.Other, NeedsDate: m.Form == TriggerForm.DatedNoun) : null,
        _ => new EventReading(m.EventType),
    };

    /// <summary>"sentenced" (not as an adjective); a penalty-noun after a cue: "a life sentence", "a 25-year sentence", "handed down a sentence".</summary>
    private EventReading? Sentencing(EventSentence s, TriggerMatch m)
    {
        if (m.Form == TriggerForm.PenaltyNoun) return IsPenalty(s, m.First) ? new EventReading(EventType.Sentencing) : null;
        return _grammar.IsAdjective(s, m.First) ? null : new EventReading(EventType.Sentencing);
    }

    private bool IsPenalty(EventSentence s, int i)
    {
        for (int k = i - 1; k >= i - 4 && s.Has(k); k--)
        {
            var w = s.Lower(k);
            if (_events.PenaltyCues.Contains(w)) return true;
            foreach (var ending in _events.PenaltyCueEndings.Entries)
                if (w.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"was convicted", "found … guilty": not a count of cases, not "the convicted trafficker".</summary>
    private EventReading? Conviction(EventSentence s, TriggerMatch m, EventGrammar.Auxiliaries aux)
    {
        if (_grammar.CountsCases(s, m, aux)) return null;
        return m.Form != TriggerForm.VerdictAdjective && _grammar.IsAdjective(s, m.First) ? null : new EventReading(EventType.Conviction);
    }

    /// <summary>"arrested the broker", "the arrest of", "two boys were rescued": not a count of cases, not an adjective.</summary>
    private EventReading? ArrestOrRescue(EventSentence s, TriggerMatch m, EventGrammar.Auxiliaries aux)
    {
        if (_grammar.CountsCases(s, m, aux) || (m.Form != TriggerForm.NounOf && _grammar.IsAdjective(s, m.First))) return null;
        if (m.Form == TriggerForm.NounOf && !_events.ObjectMarkers.Contains(s.Lower(m.Last + 1))) return null;
        return new EventReading(m.EventType);
    }

    /// <summary>A campaign, unless the noun is inside a capitalised name ("the Blue Heart Campaign").</summary>
    private static EventReading? Campaign(EventSentence s, TriggerMatch m) =>
        m.Form == TriggerForm.Noun && s.IsCapitalised(m.First) && s.IsCapitalised(m.First - 1) ? null : new EventReading(EventType.Campaign);

    /// <summary>Testimony; charges ("was charged with"); a programme's change of course; the acts an object-verb names with its object.</summary>
    private bool IsOther(EventSentence s, TriggerMatch m, EventGrammar.Auxiliaries aux) => m.Form switch
    {
        TriggerForm.ChargeVerb => aux.Passive && _events.ChargeMarkers.Contains(s.Lower(m.Last + 1)),
        TriggerForm.ChangeVerb or TriggerForm.ChangeParticiple => s.AnyIn(m.Last + 1, m.Last + 5, _events.Programmes),
        _ => true,
    };
}
