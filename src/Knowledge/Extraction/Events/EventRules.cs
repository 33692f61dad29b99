using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>A trigger the rules accept: the event type it stands for, and whether it needs a date in its sentence to count.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="EventType">The event type (may differ from the lexicon's: "released" a podcast is a Launch).</param>
/// <param name="NeedsDate">True for mentions that are events only when dated ("the launch on May 3", a named festival).</param>
/// <param name="Passive">Whether the trigger verb is passive.</param>
internal sealed record AcceptedTrigger(TriggerMatch Trigger, string EventType, bool NeedsDate, bool Passive);

/// <summary>
/// Decides whether a trigger in a sentence tells an event that happened, and of which type.
/// Common to all: not in the future, a wish or a condition ("will launch", "to pass", "if
/// convicted"), not negated, not a count of cases ("the rescue of 1,000 victims"), not inside a
/// direct quote. Then each family needs its object: a work for a publication, a law for a
/// legislative act, a gathering for a speech, a named partner for a partnership.
/// </summary>
internal sealed class EventRules
{
    private readonly LexiconSet _lex;

    public EventRules(LexiconSet lexicons) => _lex = lexicons;

    /// <summary>The event a trigger stands for, or null.</summary>
    public AcceptedTrigger? Accept(EventSentence s, TriggerMatch m)
    {
        if (EventGrammar.InCompound(s, m.First) || s.Text.TrimEnd().EndsWith('?')) return null;
        int head = m.Word == "guilty" ? s.IndexOf(m.First - 20, m.First, EventWords.GuiltyVerbs) : m.First;
        if (head < 0) return null;
        var aux = EventGrammar.Before(s, head);
        if (aux.Blocked || (m.Word == "guilty" && EventWords.Negations.Contains(s.Lower(m.First - 1)))) return null;
        bool passive = aux.Passive || head == s.First;
        AcceptedTrigger Yes(string type, bool needsDate = false) => new(m, type, needsDate, passive);
        switch (m.EventType)
        {
            case "Launch": return Launch(s, m, aux) is { } t ? Yes(t.Type, t.NeedsDate) : null;
            case "Sentencing":
                if (m.Word == "sentenced") return EventGrammar.IsAdjective(s, m.First) ? null : Yes("Sentencing");
                return IsPenalty(s, m.First) ? Yes("Sentencing") : null;
            case "Conviction":
                if (EventGrammar.CountsCases(s, m, aux)) return null;
                return m.Word == "convicted" && EventGrammar.IsAdjective(s, m.First) ? null : Yes("Conviction");
            case "Arrest":
            case "Rescue":
                if (EventGrammar.CountsCases(s, m, aux) || (m.Word.EndsWith("ed", StringComparison.Ordinal) && EventGrammar.IsAdjective(s, m.First))) return null;
                if (m.Word == "arrest" && s.Lower(m.Last + 1) != "of") return null;
                return Yes(m.EventType);
            case "Publication": return Publication(s, m, aux) is { } p ? Yes(p) : null;
            case "LegislativeAction": return Legislative(s, m) is { } l ? Yes(l) : null;
            case "Speech": return IsSpeech(s, m) ? Yes("Speech") : null;
            case "Gathering": return InsideOrganization(s, m) ? null : Gathering(s, m) is { } g ? Yes("Gathering", g) : null;
            case "Campaign":
                return m.Word == "campaign" && s.IsCapitalised(m.First) && s.IsCapitalised(m.First - 1) ? null : Yes("Campaign");
            case "Ranking":
                return EventGrammar.IsAdjective(s, m.First) && m.Word == "ranked" ? null : Yes("Ranking");
            case "Partnership":
                if (EventGrammar.CountsCases(s, m, aux)) return null;
                return IsPartnership(s, m) ? Yes("Partnership") : null;
            case "Other": return IsOther(s, m, aux) ? Yes("Other") : null;
            default: return Yes(m.EventType);
        }
    }

    /// <summary>"launched the network", "was set up in 2019", "the launch on May 3" (dated), "helped establish".</summary>
    private (string Type, bool NeedsDate)? Launch(EventSentence s, TriggerMatch m, EventGrammar.Auxiliaries aux)
    {
        if (EventGrammar.CountsCases(s, m, aux)) return null;
        switch (m.Word)
        {
            case "release":
                if (s.Lower(m.First - 1) == "press") return null;
                if (NearAny(s, m, 6, 6, EventWords.Works) || WorkNear(s, m, 6)) return ("Publication", true);
                return ("Launch", true);
            case "launch": return aux.Passive || aux.Perfect ? null : ("Launch", true);
            case "establish": return s.Lower(aux.Stop) is "helped" or "help" or "helps" or "to" ? ("Launch", false) : null;
        }
        if (EventGrammar.IsAdjective(s, m.First)) return null;
        bool passive = aux.Passive || m.First == s.First || s.Lower(m.Last + 1) is "in" or "on" or "by" or "last" or "to";
        if (passive) return ("Launch", false);
        int j = m.Last + 1;
        while (s.Lower(j).EndsWith("ly", StringComparison.Ordinal) && s.Lower(j).Length > 4) j++;
        if (EventWords.NotLaunched.Contains(s.Lower(j))) return null;
        for (int k = j; k < j + 4; k++) if (EventWords.NotLaunched.Contains(s.Lower(k))) return null;
        bool hasObject = EventWords.Determiners.Contains(s.Lower(j)) || s.IsCapitalised(j) || s.Kind(j) is TokenKind.OpenQuote or TokenKind.Quote;
        return hasObject ? ("Launch", false) : null;
    }

    /// <summary>"a life sentence", "two life sentences", "a 25-year sentence", "handed down a sentence".</summary>
    private static bool IsPenalty(EventSentence s, int i)
    {
        for (int k = i - 1; k >= i - 4 && s.Has(k); k--)
        {
            var w = s.Lower(k);
            if (EventWords.PenaltyCues.Contains(w) || w.EndsWith("-year", StringComparison.Ordinal) || w.EndsWith("year", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"released its report", "a study published in 2020"; not a person released from prison.</summary>
    private string? Publication(EventSentence s, TriggerMatch m, EventGrammar.Auxiliaries aux)
    {
        if (NearAny(s, m, 3, 5, EventWords.PersonRelease)) return null;
        if (m.Word == "issued" && NearAny(s, m, 0, 4, EventWords.Notices)) return "Other";
        int work = Nearest(s, m, 14, EventWords.Works, lowerOnly: false);
        int product = Nearest(s, m, 8, EventWords.Products, lowerOnly: true);
        if (product < work) return "Launch";
        if (work < int.MaxValue || WorkNear(s, m, 8) || WorkHeadNear(s, m, 8)) return aux.Perfect && EventGrammar.CountsCases(s, m, aux) ? null : "Publication";
        return null;
    }

    /// <summary>A bill, act, law or ordinance introduced, passed, signed or enacted; "signed an agreement" is a partnership.</summary>
    private string? Legislative(EventSentence s, TriggerMatch m)
    {
        if (m.Word == "signed" && NearAny(s, m, 0, 5, EventWords.Agreements)) return "Partnership";
        if (m.Word == "passed" && s.Lower(m.Last + 1) is "away" or "on" or "through" or "by") return s.Lower(m.Last + 1) == "by" && HasLaw(s, m, 40) ? "LegislativeAction" : null;
        int reach = m.Word is "passed" or "enacted" or "signed" or "ratified" or "vetoed" ? 40 : 10;
        return HasLaw(s, m, reach) ? "LegislativeAction" : null;
    }

    private bool HasLaw(EventSentence s, TriggerMatch m, int reach)
    {
        if (NearAny(s, m, reach, reach, EventWords.LawWords)) return true;
        return EntitiesNear(s, m, reach).Any(e => e.Type == EntityType.Law);
    }

    /// <summary>"spoke at the summit", "speaking at the X Festival", "addressed the conference", "delivered the keynote".</summary>
    private static bool IsSpeech(EventSentence s, TriggerMatch m)
    {
        int j = m.Last + 1;
        while (s.Lower(j).EndsWith("ly", StringComparison.Ordinal) && s.Lower(j).Length > 4) j++;
        switch (m.Word)
        {
            case "spoke" or "speaking" or "speech" or "keynote":
                if (m.Word == "keynote" && s.Lower(j) is "speech" or "address" or "speaker" or "remarks") j++;
                if (s.Lower(j) is not ("at" or "during" or "before")) return false;
                return GatheringAfter(s, j + 1, 12);
            case "addressed":
                return GatheringAfter(s, j, 12) || s.AnyIn(j, j + 6, Audience);
            case "delivered":
                return s.AnyIn(j, j + 4, EventWords.Talks);
            case "shared":
                return GatheringAfter(s, s.First, s.End - s.First);
        }
        return false;
    }

    private static readonly HashSet<string> Audience = new(StringComparer.Ordinal) { "crowd", "audience", "delegates", "participants", "attendees", "assembly", "guests", "lawmakers", "parliament", "congress", "graduates" };

    /// <summary>Whether a gathering noun (or a capitalised name ending in one) lies in [from, from + reach).</summary>
    private static bool GatheringAfter(EventSentence s, int from, int reach) => s.AnyIn(from, from + reach, EventWords.Gatherings);

    /// <summary>A gathering held: a named one (needs a date), or one a verb holds ("hosted an event", "the event, held at").</summary>
    private static bool? Gathering(EventSentence s, TriggerMatch m)
    {
        if (m.Word == "celebrated")
        {
            if (EventGrammar.IsAdjective(s, m.First) || s.Lower(m.Last + 1) is "for" or "as" or "by") return null;
            return EventWords.Determiners.Contains(s.Lower(m.Last + 1)) ? false : null;
        }
        if (s.AnyIn(m.First - 10, m.Last + 7, EventWords.Holding)) return false;
        // "… handed out certificates at a UNICEF workshop": something took place at it.
        int at = s.IndexOf(m.First - 4, m.First, AtWord);
        if (at >= 0 && s.Lower(at + 1) is "a" or "an") return false;
        if (s.IsCapitalised(m.First - 1) && m.Word != "event") return true;
        return null;
    }

    /// <summary>"partnered with X", "in partnership with X", "X and Y partnered on": a named partner.</summary>
    private bool IsPartnership(EventSentence s, TriggerMatch m)
    {
        if (m.Word == "partnership" && s.IsCapitalised(m.First)) return false;
        var named = EntitiesNear(s, m, 60).Where(e => e.Type is EntityType.Organization or EntityType.Person).ToList();
        int with = s.IndexOf(m.Last + 1, m.Last + 6, With);
        if (with >= 0)
        {
            var after = named.Where(e => s.TokenAt(e.Start) > with && s.TokenAt(e.Start) <= with + 8).ToList();
            return after.Count > 0 && named.Count >= 2;
        }
        return m.Word != "partnership" && named.Count(e => s.TokenAt(e.Start) < m.First) >= 2;
    }

    private static readonly HashSet<string> AtWord = new(StringComparer.Ordinal) { "at" };

    /// <summary>Whether the trigger lies inside an organisation's name ("World Economic Forum").</summary>
    private static bool InsideOrganization(EventSentence s, TriggerMatch m)
    {
        int start = s.Doc.Tokens[m.First].Start;
        return s.Doc.Entities.Any(e => e.Type is EntityType.Organization or EntityType.Work && e.Start <= start && start < e.End);
    }

    private static readonly HashSet<string> With = new(StringComparer.Ordinal) { "with" };

    /// <summary>Testimony, charges, a programme's change of course.</summary>
    private static bool IsOther(EventSentence s, TriggerMatch m, EventGrammar.Auxiliaries aux) => m.Word switch
    {
        "testified" => true,
        "charged" => aux.Passive && s.Lower(m.Last + 1) == "with",
        "transitioned" or "transitioning" => s.AnyIn(m.Last + 1, m.Last + 5, EventWords.Programmes),
        _ => true,
    };

    private static bool NearAny(EventSentence s, TriggerMatch m, int before, int after, IReadOnlySet<string> words) =>
        s.AnyIn(m.First - before, m.First, words) || s.AnyIn(m.Last + 1, m.Last + 1 + after, words);

    /// <summary>The distance in tokens from the trigger to the nearest of the words within reach, or int.MaxValue.</summary>
    private static int Nearest(EventSentence s, TriggerMatch m, int reach, IReadOnlySet<string> words, bool lowerOnly)
    {
        int best = int.MaxValue;
        for (int i = m.First - reach; i <= m.Last + reach; i++)
        {
            if (!s.Has(i) || (i >= m.First && i <= m.Last) || !words.Contains(s.Lower(i))) continue;
            if (lowerOnly && char.IsUpper(s.Word(i)[0])) continue;
            best = Math.Min(best, i < m.First ? m.First - i : i - m.Last);
        }
        return best;
    }

    private bool WorkHeadNear(EventSentence s, TriggerMatch m, int reach)
    {
        for (int i = m.First - reach; i <= m.Last + reach; i++)
            if (s.Has(i) && i != m.First && _lex.Works.Heads.Contains(s.Word(i)) && char.IsUpper(s.Word(i)[0])) return true;
        return false;
    }

    private static bool WorkNear(EventSentence s, TriggerMatch m, int reach) => EntitiesNear(s, m, reach).Any(e => e.Type == EntityType.Work);

    /// <summary>The entity mentions of the sentence that start within <paramref name="reach"/> tokens of the trigger.</summary>
    private static IEnumerable<EntityMention> EntitiesNear(EventSentence s, TriggerMatch m, int reach) =>
        s.Doc.Entities.Where(e => e.Start >= s.Span.Start && e.End <= s.Span.End)
            .Where(e => { int t = s.TokenAt(e.Start); return t >= m.First - reach && t <= m.Last + reach; });
}
