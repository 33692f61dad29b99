using System.Collections.Immutable;
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
    /// Dates the undated turns, in place: <paramref name="dates"/> holds each quote's date from the other rules
    /// (null when undated), <paramref name="cues"/> each quote's cue token (negative when none). A quote is a turn
    /// of one chain at most, and a chain's shared date is read before its turns are dated, so no copy is needed.
    /// </summary>
    public void Fill(ImmutableArray<QuoteMention> quotes, int[] cues, DateMention?[] dates)
    {
        if (Chains(quotes, cues) is not { } chains) return;
        foreach (var chain in chains)
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
            foreach (int i in chain) dates[i] ??= shared;
        }
    }

    /// <summary>The exchanges: the quote indexes of each chain of alternating turns that has a question and an answer; null when the document has no turns.</summary>
    private List<List<int>>? Chains(ImmutableArray<QuoteMention> quotes, int[] cues)
    {
        // Most documents have no question or answer cue: their lists are not made.
        List<(int Index, SpeechFrames Kind, int Block)>? turns = null;
        for (int i = 0; i < quotes.Length; i++)
        {
            var kind = Kind(cues[i]);
            if (kind == SpeechFrames.None) continue;
            int block = _doc.BlockIndexAt(quotes[i].Start);
            if (block >= 0) (turns ??= []).Add((i, kind, block));
        }
        if (turns is null) return null;
        InTextOrder(turns, quotes);
        var chains = new List<List<int>>();
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

    /// <summary>The turns in text order; equal starts keep the quotes' order (a stable sort).</summary>
    private static void InTextOrder(List<(int Index, SpeechFrames Kind, int Block)> turns, ImmutableArray<QuoteMention> quotes) =>
        turns.Sort((a, b) => quotes[a.Index].Start != quotes[b.Index].Start ? quotes[a.Index].Start.CompareTo(quotes[b.Index].Start) : a.Index.CompareTo(b.Index));

    /// <summary>Whether the cue asks (<see cref="SpeechFrames.Question"/>), answers (<see cref="SpeechFrames.Answer"/>) or neither.</summary>
    private SpeechFrames Kind(int cue)
    {
        // The cue's word is read in place: a copy of it for every quote was most of the exchanges' allocations.
        if (cue < 0 || !_lex.Speech.TryGetFrames(_doc.SpanOf(_doc.Tokens[cue]), out var frames)) return SpeechFrames.None;
        if ((frames & SpeechFrames.Question) != 0) return SpeechFrames.Question;
        return (frames & SpeechFrames.Answer) != 0 ? SpeechFrames.Answer : SpeechFrames.None;
    }
}
