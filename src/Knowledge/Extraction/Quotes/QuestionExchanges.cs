using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// Exchanges of questions and answers share their occasion: "Ana Cruz asked, “…”" / "The chief executive
/// replied, “…”" are turns said at one call, hearing or interview. A chain of turns whose cue verbs
/// alternate between asking and answering (speech/speech-verbs.txt frames "question", "answer"), each in
/// the paragraph of the turn before or the next one, is one exchange; a turn the text dates no other way
/// takes the one date the exchange's other turns were given (none when they were given two).
/// </summary>
internal sealed class QuestionExchanges
{
    private readonly Doc _doc;
    private readonly LexiconSet _lex;

    public QuestionExchanges(Doc doc, LexiconSet lexicons)
    {
        _doc = doc;
        _lex = lexicons;
    }

    /// <summary>
    /// The dates for the undated turns: <paramref name="dates"/> holds each quote's date from the other rules
    /// (null when undated), <paramref name="cues"/> each quote's cue token (negative when none).
    /// </summary>
    public DateMention?[] Fill(IReadOnlyList<QuoteMention> quotes, IReadOnlyList<int> cues, IReadOnlyList<DateMention?> dates)
    {
        var result = new DateMention?[dates.Count];
        for (int i = 0; i < result.Length; i++) result[i] = dates[i];
        foreach (var chain in Chains(quotes, cues))
        {
            // The one date the chain's dated turns share (by ISO form), or none.
            DateMention? shared = null;
            bool one = true;
            foreach (int i in chain)
            {
                if (dates[i] is not { } d) continue;
                if (shared is null) shared = d;
                else if (!IsoDateKey.Same(shared, d)) { one = false; break; }
            }
            if (shared is null || !one) continue;
            foreach (int i in chain) result[i] ??= shared;
        }
        return result;
    }

    /// <summary>The exchanges: the quote indexes of each chain of alternating turns that has a question and an answer.</summary>
    private List<List<int>> Chains(IReadOnlyList<QuoteMention> quotes, IReadOnlyList<int> cues)
    {
        var turns = new List<(int Index, SpeechFrames Kind, int Block)>();
        for (int i = 0; i < quotes.Count; i++)
        {
            var kind = Kind(cues[i]);
            if (kind == SpeechFrames.None) continue;
            int block = _doc.BlockIndexAt(quotes[i].Start);
            if (block >= 0) turns.Add((i, kind, block));
        }
        var chains = new List<List<int>>();
        if (turns.Count == 0) return chains;
        // In text order; equal starts keep the quotes' order (a stable sort).
        turns.Sort((a, b) => quotes[a.Index].Start != quotes[b.Index].Start ? quotes[a.Index].Start.CompareTo(quotes[b.Index].Start) : a.Index.CompareTo(b.Index));
        var current = new List<int>();
        bool question = false, answer = false;
        SpeechFrames lastKind = SpeechFrames.None;
        int lastBlock = -2, lastCue = -1;
        foreach (var t in turns)
        {
            bool sameTurn = cues[t.Index] == lastCue;
            bool next = t.Block - lastBlock is 0 or 1 && t.Kind != lastKind;
            if (!sameTurn && !next)
            {
                if (question && answer) chains.Add(current);
                current = [];
                question = answer = false;
            }
            current.Add(t.Index);
            question |= t.Kind == SpeechFrames.Question;
            answer |= t.Kind == SpeechFrames.Answer;
            (lastKind, lastBlock, lastCue) = (t.Kind, t.Block, cues[t.Index]);
        }
        if (question && answer) chains.Add(current);
        return chains;
    }

    /// <summary>Whether the cue asks (<see cref="SpeechFrames.Question"/>), answers (<see cref="SpeechFrames.Answer"/>) or neither.</summary>
    private SpeechFrames Kind(int cue)
    {
        if (cue < 0) return SpeechFrames.None;
        var w = _doc.TextOf(_doc.Tokens[cue]);
        if (_lex.Speech.Has(w, SpeechFrames.Question)) return SpeechFrames.Question;
        return _lex.Speech.Has(w, SpeechFrames.Answer) ? SpeechFrames.Answer : SpeechFrames.None;
    }
}
