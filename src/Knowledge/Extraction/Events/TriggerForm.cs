using System.Collections.Frozen;

namespace Knowledge.Extraction.Events;

/// <summary>
/// A trigger's voice and part of speech and the rule family it needs: the third column of the trigger
/// lexicon (models/events/triggers.txt, where each form is described), written there in kebab case
/// ("past-verb", "noun-of"). <see cref="EventRules"/> keys on the event type and the form, never on the word.
/// </summary>
internal enum TriggerForm
{
    /// <summary>A verb in the past tense or a past participle ("launched", "was arrested"): the family's own rule.</summary>
    PastVerb,
    /// <summary>An "-ing" form ("speaking"): as <see cref="PastVerb"/>, never dated to the published day.</summary>
    PresentParticiple,
    /// <summary>A noun naming the event ("speech", "conference", "ranking").</summary>
    Noun,
    /// <summary>A gathering noun too general for a capitalised word before it to name it ("event").</summary>
    GenericNoun,
    /// <summary>A noun that is an event only when dated ("the launch on May 3").</summary>
    DatedNoun,
    /// <summary>A dated noun whose type follows what is released ("release").</summary>
    ReleaseNoun,
    /// <summary>A base verb that is an event only after "help" ("helped establish").</summary>
    HelpInfinitive,
    /// <summary>A noun that is a penalty only after a cue ("a life sentence").</summary>
    PenaltyNoun,
    /// <summary>An adjective read on the verdict verb before it ("found … guilty").</summary>
    VerdictAdjective,
    /// <summary>A noun that is an event only with "of" after it ("the arrest of").</summary>
    NounOf,
    /// <summary>A past verb that issues: an official act before a notice ("issued").</summary>
    NoticeVerb,
    /// <summary>A past verb that completes a law, which may stand far from it ("enacted").</summary>
    EnactingVerb,
    /// <summary>An enacting verb; with an agreement after it a partnership ("signed").</summary>
    SigningVerb,
    /// <summary>An enacting verb, not before a particle that makes another verb ("passed").</summary>
    PassingVerb,
    /// <summary>A noun read through the talk noun it modifies ("keynote").</summary>
    TalkModifier,
    /// <summary>A speech when its object is a gathering or an audience ("addressed").</summary>
    AddressingVerb,
    /// <summary>A speech when its object is a talk ("delivered").</summary>
    DeliveringVerb,
    /// <summary>A speech when "about" its topic follows and the sentence names a gathering ("shared about", "talked about").</summary>
    TopicVerb,
    /// <summary>Other when passive and followed by the charge ("was charged with").</summary>
    ChargeVerb,
    /// <summary>An event only with an object of its type near it ("declared war", "settled the case").</summary>
    ObjectVerb,
    /// <summary>As <see cref="ObjectVerb"/>, an "-ing" form ("declaring war").</summary>
    ObjectParticiple,
    /// <summary>A verb in the present tense that tells the day's news only in a headline ("Senate passes bill"): read as <see cref="PastVerb"/>.</summary>
    HeadlineVerb,
    /// <summary>A change of course: Other when a programme follows ("transitioned", "shifted").</summary>
    ChangeVerb,
    /// <summary>As <see cref="ChangeVerb"/>, an "-ing" form ("transitioning").</summary>
    ChangeParticiple,
}

/// <summary>Reading a <see cref="TriggerForm"/> from the lexicon, and what it says of tense.</summary>
internal static class TriggerForms
{
    /// <summary>Whether the form is a verb in the past tense or a past participle, which "this week" may date to the published day.</summary>
    public static bool IsPast(this TriggerForm form) => form is TriggerForm.PastVerb or TriggerForm.NoticeVerb or TriggerForm.EnactingVerb
        or TriggerForm.SigningVerb or TriggerForm.PassingVerb or TriggerForm.AddressingVerb or TriggerForm.DeliveringVerb
        or TriggerForm.TopicVerb or TriggerForm.HeadlineVerb or TriggerForm.ChargeVerb or TriggerForm.ObjectVerb or TriggerForm.ChangeVerb;

    private static readonly FrozenDictionary<string, TriggerForm> ByColumn =
        Enum.GetValues<TriggerForm>().ToFrozenDictionary(ColumnOf, f => f, StringComparer.Ordinal);

    /// <summary>The form a lexicon column names ("past-verb", "noun-of"), or null.</summary>
    public static TriggerForm? Parse(string column) => ByColumn.TryGetValue(column, out var form) ? form : null;

    /// <summary>The form as the lexicon writes it: its name in kebab case (PastVerb: "past-verb").</summary>
    public static string ColumnOf(TriggerForm form) =>
        string.Concat(form.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
