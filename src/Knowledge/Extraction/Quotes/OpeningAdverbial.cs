using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// A sentence's opening setting adverbial and the date in it: "In 2022, …", "On Monday, …", "Speaking at
/// the forum on May 2, …". The date lies before the sentence's first comma, which a setting opener (or
/// the date itself) starts, and belongs to the sentence's subject unless a clause or another time
/// ("since 2016") claims it.
/// </summary>
internal sealed class OpeningAdverbial
{
    private readonly Doc _doc;
    private readonly LexiconSet _lex;

    public OpeningAdverbial(Doc doc, LexiconSet lexicons)
    {
        _doc = doc;
        _lex = lexicons;
    }

    /// <summary>Whether the date lies in the sentence's opening adverbial (outside the quoted words of a direct quote <paramref name="q"/>).</summary>
    public bool Contains(Sentence sent, DateMention d, QuoteMention? q)
    {
        var doc = _doc;
        int first = sent.FirstToken;
        while (first < sent.EndToken && doc.Tokens[first].Kind is TokenKind.OpenQuote or TokenKind.Punctuation) first++;
        if (first >= sent.EndToken) return false;
        if (q is not null && q.Kind == QuoteKind.Direct && Inside(q, doc.Tokens[first].Start)) return false;
        bool opener = doc.Tokens[first].Start == d.Start || _lex.Quotes.SettingOpeners.Contains(doc.SpanOf(doc.Tokens[first]));
        if (!opener) return false;
        int dateToken = doc.TokenIndexAtOrAfter(d.Start);
        if (dateToken > first && IsOtherTime(dateToken - 1)) return false;
        for (int i = first; i < dateToken; i++)
        {
            var w = doc.SpanOf(doc.Tokens[i]);
            if (w is "," or ";" or ":" || doc.Tokens[i].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.Quote) return false;
            if (_lex.Quotes.Is(w, QuoteWordRole.AdverbialClauseOpener)) return false;
        }
        // The adverbial ends at a comma right after the date (range and weekday included).
        int after = doc.TokenIndexAtOrAfter(d.End);
        return after < sent.EndToken && doc.SpanOf(doc.Tokens[after]) is "," && (dateToken - first <= 12);
    }

    /// <summary>Whether the opening adverbial names a speech or statement ("Speaking at…", "In a statement released Tuesday").</summary>
    public bool IsSpeech(Sentence sent, DateMention d)
    {
        for (int i = sent.FirstToken; i < sent.EndToken && _doc.Tokens[i].Start < d.Start; i++)
            if (_lex.Quotes.SpeechSettings.Contains(_doc.SpanOf(_doc.Tokens[i]))) return true;
        return false;
    }

    /// <summary>The person, organisation or work that starts within three tokens after the adverbial's comma.</summary>
    public EntityMention? SubjectAfter(Sentence sent, DateMention d)
    {
        var doc = _doc;
        int comma = doc.TokenIndexAtOrAfter(d.End);
        if (comma >= sent.EndToken) return null;
        int limit = Math.Min(sent.EndToken - 1, comma + 3);
        int from = doc.Tokens[comma].Start, to = doc.Tokens[limit].Start;
        foreach (var e in doc.Entities)
            if (e.Type is EntityType.Person or EntityType.Organization or EntityType.Work && e.Start > from && e.Start <= to) return e;
        return null;
    }

    /// <summary>Whether the word at a token puts a date after it at another time than the saying: "since", "until".</summary>
    public bool IsOtherTime(int token) => _lex.Quotes.Is(_doc.SpanOf(_doc.Tokens[token]), QuoteWordRole.OtherTime);

    /// <summary>Whether an offset falls inside one of the quote's spans.</summary>
    public static bool Inside(QuoteMention q, int offset)
    {
        foreach (var s in q.Spans)
            if (offset >= s.Start && offset < s.End) return true;
        return false;
    }
}
