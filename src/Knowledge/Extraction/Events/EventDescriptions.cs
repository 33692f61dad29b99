using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>A party of an event the sentence describes without naming it ("two defendants", "a Dutch court").</summary>
/// <param name="Part">agent or subject.</param>
/// <param name="Start">Start of the description.</param>
/// <param name="End">End (exclusive).</param>
/// <param name="Text">The description as written.</param>
public sealed record EventDescription(string Part, int Start, int End, string Text);

/// <summary>
/// Reads the parties of a court or police event that the sentence describes rather than names: the
/// convicted, sentenced, arrested or rescued ("found two defendants guilty", "a 25-year sentence to a
/// man who …", "A woman received two life sentences", "Three brokers were arrested") and an unnamed
/// court or authority that acted ("a Dutch court handed down …"). A description is a short noun phrase:
/// a determiner or number, a few words, a noun; pronouns are not descriptions. Only parts no named
/// participant fills are described.
/// </summary>
internal static class EventDescriptions
{
    private static readonly HashSet<string> CaseEvents = new(StringComparer.Ordinal) { "Sentencing", "Conviction", "Arrest", "Rescue" };

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "to", "for", "of", "in", "on", "at", "by", "with", "from", "who", "whom", "which", "that", "and", "or", "but", "guilty",
        "after", "before", "as", "was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "also", "then", "later",
        "received", "receives", "handed", "sentenced", "convicted", "arrested", "rescued", "found", "during", "under", "into",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "him", "her", "them", "it", "we", "us", "i", "me", "you", "who", "someone", "anyone",
    };

    private static readonly HashSet<string> Leaders = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "both", "all", "another", "one",
        "his", "her", "their", "its", "our",
    };

    /// <summary>Heads of an unnamed authority that can act in a case.</summary>
    private static readonly HashSet<string> Authorities = new(StringComparer.Ordinal)
    {
        "court", "judge", "jury", "tribunal", "magistrate", "police", "officers", "agents", "authorities", "investigators", "prosecutors",
    };

    public static ImmutableArray<EventDescription> Read(EventSentence s, AcceptedTrigger t, ImmutableArray<EventParticipant> named)
    {
        if (!CaseEvents.Contains(t.EventType)) return ImmutableArray<EventDescription>.Empty;
        var result = ImmutableArray.CreateBuilder<EventDescription>();
        bool HasNamed(string part) => named.Any(p => p.Part == part && p.Entity.Type is EntityType.Person or EntityType.Organization);
        int verb = VerbGroupStart(s, t);
        if (!HasNamed("subject") && Subject(s, t, verb) is { } subject) result.Add(Describe(s, "subject", subject));
        if (!HasNamed("agent") && !t.Passive && Backward(s, verb - 1) is { } agent && Authorities.Contains(s.Lower(agent.Last)))
            result.Add(Describe(s, "agent", agent));
        return result.ToImmutable();
    }

    private static (int First, int Last)? Subject(EventSentence s, AcceptedTrigger t, int verb)
    {
        int trigger = t.Trigger.First;
        string word = t.Trigger.Word;
        // "found two defendants guilty".
        if (word == "guilty" && s.Lower(verb) is "found" or "declared" or "adjudged" && Forward(s, verb + 1) is { } found && found.Last < trigger)
            return found;
        // "a 25-year sentence to a man who …".
        if (word is "sentence" or "sentences" && s.Lower(trigger + 1) == "to" && Forward(s, trigger + 2) is { } to) return to;
        // "Three brokers were arrested", "A woman received two life sentences", "X pleaded guilty".
        if (t.Passive || word is "sentence" or "sentences" || (word == "guilty" && s.Lower(verb) is "pleaded" or "pled")) return Backward(s, verb - 1);
        // "The court sentenced two brokers", "police arrested a man"; a headline drops the auxiliary ("Three Brokers Sentenced to Life").
        return Forward(s, t.Trigger.Last + 1) ?? (InTitle(s) ? Backward(s, verb - 1) : null);
    }

    /// <summary>The first token of the verb group the trigger belongs to: auxiliaries, "found … guilty", "received … sentences".</summary>
    private static int VerbGroupStart(EventSentence s, AcceptedTrigger t)
    {
        int i = t.Trigger.First;
        if (t.Trigger.Word == "guilty")
        {
            int head = s.IndexOf(i - 20, i, EventWords.GuiltyVerbs);
            if (head >= 0) i = head;
        }
        else if (t.Trigger.Word is "sentence" or "sentences")
        {
            for (int k = i - 1; k >= i - 6 && s.Has(k); k--)
                if (s.Lower(k) is "received" or "receives" or "given" or "handed" or "gave" or "imposed" or "meted") { i = k; break; }
        }
        var aux = EventGrammar.Before(s, i);
        return aux.Stop + 1;
    }

    /// <summary>A noun phrase starting at <paramref name="i"/>: a determiner or number, then up to four words.</summary>
    private static (int First, int Last)? Forward(EventSentence s, int i)
    {
        if (!s.Has(i) || !(Leaders.Contains(s.Lower(i)) || s.Kind(i) == TokenKind.Number)) return null;
        int last = i;
        for (int k = i + 1; k < i + 5 && s.Has(k) && IsPhraseWord(s, k); k++) last = k;
        return last > i ? (i, last) : null;
    }

    /// <summary>A noun phrase ending at <paramref name="i"/>, read back to its determiner, number or the sentence's start.</summary>
    private static (int First, int Last)? Backward(EventSentence s, int i)
    {
        if (!s.Has(i) || !IsPhraseWord(s, i) || Pronouns.Contains(s.Lower(i))) return null;
        for (int k = i; k > i - 5 && s.Has(k); k--)
        {
            if (Leaders.Contains(s.Lower(k)) || s.Kind(k) == TokenKind.Number) return k < i ? (k, i) : null;
            if (k == s.First) return (k, i);
            if (!IsPhraseWord(s, k - 1) && !Leaders.Contains(s.Lower(k - 1)) && s.Kind(k - 1) != TokenKind.Number) return null;
        }
        return null;
    }

    private static bool InTitle(EventSentence s) => s.Doc.Blocks[s.Span.BlockIndex].Kind == BlockKind.Title;

    private static bool IsPhraseWord(EventSentence s, int k) =>
        s.Kind(k) == TokenKind.Word && !Stops.Contains(s.Lower(k)) && !Pronouns.Contains(s.Lower(k)) && !s.Lower(k).EndsWith("ly", StringComparison.Ordinal);

    private static EventDescription Describe(EventSentence s, string part, (int First, int Last) phrase)
    {
        var tokens = s.Doc.Tokens;
        int start = tokens[phrase.First].Start, end = tokens[phrase.Last].End;
        return new EventDescription(part, start, end, s.Doc.Slice(start, end));
    }
}
