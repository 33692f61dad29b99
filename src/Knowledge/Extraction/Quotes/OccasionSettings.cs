using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// A setting adjunct dates the statement: when the attribution places it at an occasion ("X emphasized the
/// need for …, at the ceremonial signing of the pact", "X told delegates at the summit that …", "Speaking at
/// the launch, X said"), the quote takes the date the document gives that occasion: the one day given in the
/// other sentences that name an occasion of that kind ("The signing took place on Monday"), else the day the
/// story's lead is dated (<see cref="LeadDate"/>), whose event the occasion is.
/// </summary>
internal sealed class OccasionSettings
{
    /// <summary>How many words may stand between "at"/"during" and the occasion noun ("at the ceremonial signing").</summary>
    private const int Reach = 4;

    private readonly Doc _doc;
    private readonly LexiconSet _lex;

    public OccasionSettings(Doc doc, LexiconSet lexicons)
    {
        _doc = doc;
        _lex = lexicons;
    }

    /// <summary>The date of the occasion the quote's attribution (around cue token <paramref name="cue"/>) places it at, or null.</summary>
    public DateMention? DateFor(QuoteMention q, int cue, LeadDate? lead)
    {
        if (cue < 0 || Occasion(q, cue) is not { } noun) return null;
        return Dated(noun, _doc.SentenceIndexAt(_doc.Tokens[cue].Start)) ?? lead?.Date;
    }

    /// <summary>The occasion noun after "at"/"during" in the cue's sentence, outside the quoted words (an indirect quote's trailing ", at …" is setting).</summary>
    internal string? Occasion(QuoteMention q, int cue)
    {
        int s = _doc.SentenceIndexAt(_doc.Tokens[cue].Start);
        if (s < 0) return null;
        var sent = _doc.Sentences[s];
        for (int i = sent.FirstToken; i < sent.EndToken; i++)
        {
            if (!_lex.Quotes.Is(W(i), QuoteWordRole.OccasionPreposition) || InDirectQuote(_doc.Tokens[i].Start)) continue;
            if (OpeningAdverbial.Inside(q, _doc.Tokens[i].Start) && (q.Kind == QuoteKind.Direct || i == sent.FirstToken || W(i - 1) is not ",")) continue;
            for (int k = i + 1; k <= i + Reach && k < sent.EndToken; k++)
            {
                if (_doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Possessive)) break;
                if (_lex.Quotes.OccasionNouns.Contains(W(k))) return W(k).ToString().ToLowerInvariant();
            }
        }
        return null;
    }

    /// <summary>The one day the other sentences naming the occasion give (outside direct quotes, not "since"/"until" a day), or null.</summary>
    private DateMention? Dated(string noun, int own)
    {
        // The one day (by ISO form) of the sentences naming the occasion, or none.
        DateMention? day = null;
        foreach (var d in _doc.Dates)
        {
            if (d.Precision != DatePrecision.Day || InDirectQuote(d.Start)) continue;
            int s = _doc.SentenceIndexAt(d.Start);
            if (s < 0 || s == own) continue;
            int first = _doc.TokenIndexAtOrAfter(d.Start);
            if (first > 0 && _lex.Quotes.Is(W(first - 1), QuoteWordRole.OtherTime)) continue;
            var sent = _doc.Sentences[s];
            bool names = false;
            for (int i = sent.FirstToken; i < sent.EndToken && !names; i++)
                names = W(i).Equals(noun, StringComparison.OrdinalIgnoreCase) && !InDirectQuote(_doc.Tokens[i].Start);
            if (!names) continue;
            if (day is null) day = d;
            else if (!IsoDateKey.Same(day, d)) return null;
        }
        return day;
    }

    private bool InDirectQuote(int offset)
    {
        foreach (var q in _doc.Quotes)
            if (q.Kind == QuoteKind.Direct && OpeningAdverbial.Inside(q, offset)) return true;
        return false;
    }

    private ReadOnlySpan<char> W(int i) => _doc.SpanOf(_doc.Tokens[i]);
}
