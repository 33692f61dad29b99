using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Knowledge.Extraction.Quotes;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// Reads an event's participants from its sentence: the people and organisations named near the
/// trigger, with their part: agent (before an active trigger, or after "by"), subject (after an
/// active trigger, before a passive one), participant (after "with"); places are its location and
/// laws its subject. A name coordinated with the one before it ("by Senators A and B") plays the
/// same part. A legislative event that names its law only as "the bill" or "the measure" is about
/// the law the document named last before the sentence.
/// </summary>
internal sealed class EventArguments
{
    /// <summary>How far from the trigger (in tokens) a participant may stand.</summary>
    private const int Reach = 30;

    private readonly EventLexicons _events;

    /// <summary>What may stand between two coordinated names: a comma or a list conjunction, after a party tag such as "(D-CT)".</summary>
    private readonly Regex _coordination;

    public EventArguments(LexiconSet lexicons)
    {
        _events = lexicons.Events;
        var conjunctions = string.Join("|", _events.ListConjunctions.Entries.Select(Regex.Escape));
        _coordination = new Regex(@"^\s*(?:\([^()\n]{1,20}\)\s*)?(?:,\s*(?:(?:" + conjunctions + @")\s+)?|(?:" + conjunctions + @")\s+|&\s+)$",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public ImmutableArray<EventParticipant> Participants(EventSentence s, AcceptedTrigger t, DirectQuoteSpans quotes)
    {
        // One list per thread gathers them; the array returned is the one allocation.
        var result = t_found ??= [];
        result.Clear();
        EventParticipant? previousActor = null;
        foreach (var e in s.Doc.Entities)
        {
            if (e.Start < s.Span.Start || e.End > s.Span.End) continue;
            if (e.Type is not (EntityType.Person or EntityType.Organization or EntityType.Law or EntityType.Place)) continue;
            if (quotes.Contain(e)) continue;
            int first = s.TokenAt(e.Start);
            if (first < t.Trigger.First - Reach || first > t.Trigger.Last + Reach) continue;
            if (previousActor is not null && e.Type is EntityType.Person or EntityType.Organization && TagOf(s, previousActor.Entity, e)) continue;
            if (Named(result, e)) continue;
            var part = PartOf(s, t, e, first);
            if (e.Type is EntityType.Person or EntityType.Organization)
            {
                if (previousActor is not null && previousActor.Entity.End <= e.Start && SameSideOfTrigger(s, t, previousActor.Entity, e)
                    && _coordination.IsMatch(s.Doc.SpanOf(previousActor.Entity.End, e.Start)))
                    part = previousActor.Part;
                previousActor = new EventParticipant(e, part);
                result.Add(previousActor);
            }
            else result.Add(new EventParticipant(e, part));
        }
        if (t.EventType == EventType.LegislativeAction && !NamesALaw(result) && LawAnaphor(s, t, quotes) is { } law)
            result.Add(law);
        var participants = ImmutableArray.Create(CollectionsMarshal.AsSpan(result));
        result.Clear();
        return participants;
    }

    [ThreadStatic] private static List<EventParticipant>? t_found;

    /// <summary>
    /// Whether a participant of the entity's type and name (or key) is already read: one entity named twice takes part once.
    /// A scan, not a set: a sentence's participants are few.
    /// </summary>
    private static bool Named(List<EventParticipant> result, EntityMention e)
    {
        var name = e.Key ?? e.Name;
        foreach (var p in result)
            if (TypedNames.Comparer.Equals((p.Entity.Type, p.Entity.Key ?? p.Entity.Name), (e.Type, name))) return true;
        return false;
    }

    private static bool NamesALaw(List<EventParticipant> result)
    {
        foreach (var p in result)
            if (p.Entity.Type == EntityType.Law) return true;
        return false;
    }

    /// <summary>A name in parentheses right after another ("Senator Ana Ruiz (D-NM)") is a tag of it, not a participant.</summary>
    private static bool TagOf(EventSentence s, EntityMention named, EntityMention e)
    {
        var text = s.Doc.Text;
        return named.End <= e.Start && s.Doc.SpanOf(named.End, e.Start).Trim() is "(" && e.End < text.Length && text[e.End] == ')';
    }

    private static bool SameSideOfTrigger(EventSentence s, AcceptedTrigger t, EntityMention a, EntityMention b) =>
        (s.TokenAt(a.Start) < t.Trigger.First) == (s.TokenAt(b.Start) < t.Trigger.First);

    private EventPart PartOf(EventSentence s, AcceptedTrigger t, EntityMention e, int first)
    {
        if (e.Type == EntityType.Place) return EventPart.Location;
        if (e.Type == EntityType.Law) return EventPart.Subject;
        bool before = first < t.Trigger.First;
        if (s.AnyIn(first - 3, first, _events.CompanionMarkers)) return EventPart.Participant;
        if (!before && s.AnyIn(first - 3, first, _events.AgentMarkers)) return EventPart.Agent;
        if (t.Passive) return before ? EventPart.Subject : EventPart.Participant;
        return before ? EventPart.Agent : EventPart.Subject;
    }

    /// <summary>
    /// "The bill was introduced …", "lawmakers passed the measure": a definite law noun near the
    /// trigger stands for the law last named before the sentence (outside quotes), if any.
    /// </summary>
    private EventParticipant? LawAnaphor(EventSentence s, AcceptedTrigger t, DirectQuoteSpans quotes)
    {
        // The subject may open the sentence ("The bill was introduced … and passed the committee").
        int from = s.First, to = Math.Min(s.End, t.Trigger.Last + 9);
        for (int i = from + 1; i < to; i++)
        {
            if (!_events.LawAnaphors.Contains(s.Lower(i)) || !_events.AnaphorDeterminers.Contains(s.Lower(i - 1))) continue;
            if (s.IsCapitalised(i) && i - 1 != s.First) continue;
            var tokens = s.Doc.Tokens;
            int start = tokens[i - 1].Start, end = tokens[i].End;
            var antecedent = s.Doc.LastEntityEndingBy(s.Span.Start, e => e.Type == EntityType.Law && !quotes.Contain(e));
            return antecedent is null ? null : new EventParticipant(antecedent, EventPart.Subject) { Anaphor = (start, end) };
        }
        return null;
    }
}
