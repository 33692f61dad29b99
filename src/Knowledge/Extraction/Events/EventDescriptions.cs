using System.Collections.Immutable;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// Reads the parties of a court or police event that the sentence describes rather than names: the
/// convicted, sentenced, arrested or rescued ("found two defendants guilty", "a 25-year sentence to a
/// man who …", "A woman received two life sentences", "Three brokers were arrested") and an unnamed
/// court or authority that acted ("a Dutch court handed down …"). A description is a short noun phrase:
/// a determiner or number, a few words, a noun; pronouns are not descriptions. Only parts no named
/// participant fills are described.
/// </summary>
internal sealed class EventDescriptions
{
    private readonly EventLexicons _events;
    private readonly EnglishLexicons _english;
    private readonly EventGrammar _grammar;

    public EventDescriptions(LexiconSet lexicons, EventGrammar grammar)
    {
        _events = lexicons.Events;
        _english = lexicons.English;
        _grammar = grammar;
    }

    public ImmutableArray<EventDescription> Read(EventSentence s, AcceptedTrigger t, ImmutableArray<EventParticipant> named)
    {
        if (t.EventType is not (EventType.Sentencing or EventType.Conviction or EventType.Arrest or EventType.Rescue)) return ImmutableArray<EventDescription>.Empty;
        int verb = VerbGroupStart(s, t);
        EventDescription? subjectDescribed = null, agentDescribed = null;
        if (!HasNamed(named, EventPart.Subject) && Subject(s, t, verb) is { } subject) subjectDescribed = Describe(s, EventPart.Subject, subject);
        if (!HasNamed(named, EventPart.Agent) && !t.Passive && Backward(s, verb - 1) is { } agent && _events.Authorities.Contains(s.Lower(agent.Last)))
            agentDescribed = Describe(s, EventPart.Agent, agent);
        return (subjectDescribed, agentDescribed) switch
        {
            (null, null) => [],
            ({ } subjectOnly, null) => [subjectOnly],
            (null, { } agentOnly) => [agentOnly],
            ({ } first, { } second) => [first, second],
        };
    }

    /// <summary>Whether a person or organisation named in the sentence plays the part.</summary>
    private static bool HasNamed(ImmutableArray<EventParticipant> named, EventPart part)
    {
        foreach (var p in named)
            if (p.Part == part && p.Entity.Type is EntityType.Person or EntityType.Organization) return true;
        return false;
    }

    private (int First, int Last)? Subject(EventSentence s, AcceptedTrigger t, int verb)
    {
        int trigger = t.Trigger.First;
        var form = t.Trigger.Form;
        // "found two defendants guilty".
        if (form == TriggerForm.VerdictAdjective && _events.FindingVerbs.Contains(s.Lower(verb)) && Forward(s, verb + 1) is { } found && found.Last < trigger)
            return found;
        // "a 25-year sentence to a man who …".
        if (form == TriggerForm.PenaltyNoun && _events.RecipientMarkers.Contains(s.Lower(trigger + 1)) && Forward(s, trigger + 2) is { } to) return to;
        // "Three brokers were arrested", "A woman received two life sentences", "X pleaded guilty".
        if (t.Passive || form == TriggerForm.PenaltyNoun || (form == TriggerForm.VerdictAdjective && _events.PleaVerbs.Contains(s.Lower(verb)))) return Backward(s, verb - 1);
        // "The court sentenced two brokers", "police arrested a man"; a headline drops the auxiliary ("Three Brokers Sentenced to Life").
        return Forward(s, t.Trigger.Last + 1) ?? (InTitle(s) ? Backward(s, verb - 1) : null);
    }

    /// <summary>The first token of the verb group the trigger belongs to: auxiliaries, "found … guilty", "received … sentences".</summary>
    private int VerbGroupStart(EventSentence s, AcceptedTrigger t)
    {
        int i = t.Trigger.First;
        if (t.Trigger.Form == TriggerForm.VerdictAdjective)
        {
            int head = s.IndexOf(i - 20, i, _events.VerdictVerbs);
            if (head >= 0) i = head;
        }
        else if (t.Trigger.Form == TriggerForm.PenaltyNoun)
        {
            for (int k = i - 1; k >= i - 6 && s.Has(k); k--)
                if (_events.PenaltyGivingVerbs.Contains(s.Lower(k))) { i = k; break; }
        }
        var aux = _grammar.Before(s, i);
        return aux.Stop + 1;
    }

    /// <summary>A noun phrase starting at <paramref name="i"/>: a determiner or number, then up to four words.</summary>
    private (int First, int Last)? Forward(EventSentence s, int i)
    {
        if (!s.Has(i) || !(_events.DescriptionOpeners.Contains(s.Lower(i)) || s.Kind(i) == TokenKind.Number)) return null;
        int last = i;
        for (int k = i + 1; k < i + 5 && s.Has(k) && IsPhraseWord(s, k); k++) last = k;
        return last > i ? (i, last) : null;
    }

    /// <summary>A noun phrase ending at <paramref name="i"/>, read back to its determiner, number or the sentence's start.</summary>
    private (int First, int Last)? Backward(EventSentence s, int i)
    {
        if (!s.Has(i) || !IsPhraseWord(s, i) || IsPronoun(s.Lower(i))) return null;
        for (int k = i; k > i - 5 && s.Has(k); k--)
        {
            if (_events.DescriptionOpeners.Contains(s.Lower(k)) || s.Kind(k) == TokenKind.Number) return k < i ? (k, i) : null;
            if (k == s.First) return (k, i);
            if (!IsPhraseWord(s, k - 1) && !_events.DescriptionOpeners.Contains(s.Lower(k - 1)) && s.Kind(k - 1) != TokenKind.Number) return null;
        }
        return null;
    }

    private static bool InTitle(EventSentence s) => s.Doc.Blocks[s.Span.BlockIndex].Kind == BlockKind.Title;

    private bool IsPronoun(ReadOnlySpan<char> w) => _english.PersonalPronouns.Contains(w) || _events.OtherPronouns.Contains(w);

    private bool IsPhraseWord(EventSentence s, int k) =>
        s.Kind(k) == TokenKind.Word && !_events.DescriptionStops.Contains(s.Lower(k)) && !IsPronoun(s.Lower(k)) && !_grammar.HasAdverbEnding(s.Lower(k));

    private static EventDescription Describe(EventSentence s, EventPart part, (int First, int Last) phrase)
    {
        var tokens = s.Doc.Tokens;
        int start = tokens[phrase.First].Start, end = tokens[phrase.Last].End;
        return new EventDescription(part, start, end, s.Doc.Slice(start, end));
    }
}
