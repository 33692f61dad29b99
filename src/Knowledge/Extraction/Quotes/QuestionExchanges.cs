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
        var result = dates.ToArray();
        foreach (var chain in Chains(quotes, cues))
        {
            var known = chain.Where(i => dates[i] is not null).Select(i => dates[i]!).ToList();
            if (known.Count == 0 || known.Select(d => d.Iso).Distinct(StringComparer.Ordinal).Count() != 1) continue;
            foreach (int i in chain) result[i] ??= known[0];
        }
        return result;
    }

    /// <summary>The exchanges: the quote indexes of each chain of alternating turns that has a question and an answer.</summary>
    private List<List<int>> Chains(IReadOnlyList<QuoteMention> quotes, IReadOnlyList<int> cues)
    {
        var turns = Enumerable.Range(0, quotes.Count)
            .Select(i => (Index: i, Kind: Kind(cues[i]), Block: _doc.BlockIndexAt(quotes[i].Start)))
            .Where(t => t.Kind != SpeechFrames.None && t.Block >= 0)
            .OrderBy(t => quotes[t.Index].Start).ToList();
        var chains = new List<List<int>>();
        var current = new List<int>();
        SpeechFrames lastKind = SpeechFrames.None;
        int lastBlock = -2, lastCue = -1;
        foreach (var t in turns)
        {
            bool sameTurn = cues[t.Index] == lastCue;
            bool next = t.Block - lastBlock is 0 or 1 && t.Kind != lastKind;
            if (!sameTurn && !next)
            {
                chains.Add(current);
                current = [];
            }
            current.Add(t.Index);
            (lastKind, lastBlock, lastCue) = (t.Kind, t.Block, cues[t.Index]);
        }
        chains.Add(current);
        return chains.Where(c => c.Select(i => Kind(cues[i])).Distinct().Count() == 2).ToList();
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
