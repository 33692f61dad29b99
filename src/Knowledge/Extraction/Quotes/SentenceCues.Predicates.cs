using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// "X called the plan a landmark proposal": an object-predicate verb reports its speaker's judgement when a short
/// object opened by a determiner is followed by a predicate noun phrase opened by "a"/"an" — as "described the plan
/// as …" does with its marker. A time noun after the opener ("called the police a day later") is an adverbial.
/// </summary>
internal sealed partial class SentenceCues
{
    /// <summary>Whether a determined object of at least two tokens after the verb is followed by a predicate opener and no time noun.</summary>
    private bool PredicateAfterObject(int verb)
    {
        int obj = verb + 1;
        if (obj >= _s.EndToken || !Is(obj, QuoteWordRole.NominalDeterminer) || Is(obj, QuoteWordRole.IndefiniteDeterminer)) return false;
        for (int k = obj + 2; k < Math.Min(_s.EndToken, obj + 1 + MaxObjectTokens); k++)
        {
            if (T(k).Kind is TokenKind.Terminal || W(k) is "," or ";" || Is(k, SpeechWordRole.Complementizer)) return false;
            if (!Is(k, SpeechWordRole.PredicateOpener)) continue;
            int head = k + 1;
            while (head < _s.EndToken && T(head).Kind is not (TokenKind.Word or TokenKind.Number)) head++;
            return head < _s.EndToken && !Is(head, SpeechWordRole.TimeNoun);
        }
        return false;
    }
}
