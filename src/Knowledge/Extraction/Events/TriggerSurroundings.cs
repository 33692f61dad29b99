using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>What stands near a trigger in its sentence: words of a lexicon, works, and named entities within reach.</summary>
internal sealed class TriggerSurroundings
{
    private readonly Lexicon _workHeads;

    public TriggerSurroundings(LexiconSet lexicons) => _workHeads = lexicons.Works.Heads;

    /// <summary>Whether a word of the lexicon stands within <paramref name="before"/> tokens before the trigger or <paramref name="after"/> after it.</summary>
    public static bool NearAny(EventSentence s, TriggerMatch m, int before, int after, Lexicon words) =>
        s.AnyIn(m.First - before, m.First, words) || s.AnyIn(m.Last + 1, m.Last + 1 + after, words);

    /// <summary>The distance in tokens from the trigger to the nearest of the words within reach, or int.MaxValue.</summary>
    public static int Nearest(EventSentence s, TriggerMatch m, int reach, Lexicon words, bool lowerOnly)
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

    /// <summary>Whether a capitalised word that ends a work's name ("Report", "Study") stands within reach.</summary>
    public bool WorkHeadNear(EventSentence s, TriggerMatch m, int reach)
    {
        for (int i = m.First - reach; i <= m.Last + reach; i++)
            if (s.Has(i) && i != m.First && _workHeads.Contains(s.Word(i)) && char.IsUpper(s.Word(i)[0])) return true;
        return false;
    }

    /// <summary>Whether a work's name starts within reach.</summary>
    public static bool WorkNear(EventSentence s, TriggerMatch m, int reach) => AnyNear(s, m, reach, EntityType.Work);

    /// <summary>Whether an entity of the type in the sentence starts within <paramref name="reach"/> tokens of the trigger.</summary>
    public static bool AnyNear(EventSentence s, TriggerMatch m, int reach, EntityType type)
    {
        foreach (var e in s.Doc.Entities)
        {
            if (e.Type != type || e.Start < s.Span.Start || e.End > s.Span.End) continue;
            int t = s.TokenAt(e.Start);
            if (t >= m.First - reach && t <= m.Last + reach) return true;
        }
        return false;
    }
}
