using Knowledge.Lexicons;

namespace Knowledge.Extraction.Events;

/// <summary>
/// The Speech family: "spoke at the summit", "speaking at the X Festival", "keynote speech during the
/// forum", "addressed the conference", "delivered the keynote", "shared about … at the gathering".
/// </summary>
internal sealed class SpeechRule
{
    /// <summary>How far after "at" the gathering may stand.</summary>
    private const int GatheringReach = 12;

    private readonly EventLexicons _events;
    private readonly EventGrammar _grammar;
    private readonly Lexicon _gatheringNouns;

    public SpeechRule(EventLexicons events, EventGrammar grammar, Lexicon gatheringNouns)
    {
        _events = events;
        _grammar = grammar;
        _gatheringNouns = gatheringNouns;
    }

    public bool Accepts(EventSentence s, TriggerMatch m)
    {
        int j = _grammar.SkipAdverbs(s, m.Last + 1);
        switch (m.Form)
        {
            case TriggerForm.AddressingVerb: return GatheringAfter(s, j, GatheringReach) || s.AnyIn(j, j + 6, _events.Audience);
            case TriggerForm.DeliveringVerb: return s.AnyIn(j, j + 4, _events.Talks);
            case TriggerForm.TopicVerb: return _events.TopicPrepositions.Contains(s.Lower(j)) && GatheringAfter(s, s.First, s.End - s.First);
            case TriggerForm.TalkModifier:
                if (_events.ModifiedTalkNouns.Contains(s.Lower(j))) j++;
                break;
        }
        return _events.GatheringPrepositions.Contains(s.Lower(j)) && GatheringAfter(s, j + 1, GatheringReach);
    }

    /// <summary>Whether a gathering noun (or a capitalised name ending in one) lies in [from, from + reach).</summary>
    private bool GatheringAfter(EventSentence s, int from, int reach) => s.AnyIn(from, from + reach, _gatheringNouns);
}
