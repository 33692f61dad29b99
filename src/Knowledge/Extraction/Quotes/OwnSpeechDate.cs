using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// "In his speech, X noted …", "In her remarks, X said …": a quote whose sentence opens with a possessive
/// and a speech noun was said in the speech an earlier sentence reports for the same speaker ("X opened the
/// forum with a speech on May 2", "X gave the keynote address on Monday"), so it takes the day that sentence
/// gives — outside quotations, and not after "since" or "until". The nearest such sentence before the quote
/// counts; when it gives no day, this rule gives none (the speech is the speaker's own, not an earlier one).
/// </summary>
internal static class OwnSpeechDate
{
    /// <summary>Tokens after the speaker's mention within which the speech noun must follow.</summary>
    private const int SpeechWindow = 15;

    /// <summary>The day of the speech the quote's sentence says it belongs to, or null.</summary>
    public static DateMention? For(Doc doc, LexiconSet lex, QuoteMention q, int cueToken)
    {
        if (q.Speaker is not { Type: EntityType.Person } speaker) return null;
        int s = doc.SentenceIndexAt(cueToken >= 0 ? doc.Tokens[cueToken].Start : q.Start);
        if (s < 0 || !OpensWithOwnSpeech(doc, lex, doc.Sentences[s])) return null;
        for (int k = s - 1; k >= 0; k--)
        {
            var sent = doc.Sentences[k];
            EntityMention? mention = null;
            foreach (var e in doc.EntitiesWithin(sent.Start, sent.End))
                if (e.Type == EntityType.Person && DatedSpeechEvents.SameSpeaker(e, speaker)) { mention = e; break; }
            if (mention is null || !SpeechAfter(doc, lex, sent, mention)) continue;
            foreach (var d in doc.Dates)
                if (d.Start >= sent.Start && d.End <= sent.End && d.Precision == DatePrecision.Day && !InQuotation(doc, d) && !AfterOtherTime(doc, lex, d)) return d;
            return null;
        }
        return null;
    }

    /// <summary>"In his speech,": a setting opener, a person's possessive, a speech noun within two words, then a comma.</summary>
    private static bool OpensWithOwnSpeech(Doc doc, LexiconSet lex, Sentence sent)
    {
        int i = sent.FirstToken;
        if (i + 3 >= sent.EndToken || !lex.Quotes.SettingOpeners.Contains(doc.SpanOf(doc.Tokens[i]))
            || !lex.Quotes.Is(doc.SpanOf(doc.Tokens[i + 1]), QuoteWordRole.PersonPossessive)) return false;
        for (int k = i + 2; k < Math.Min(sent.EndToken - 1, i + 4); k++)
            if (lex.Quotes.SpeechSettings.Contains(doc.SpanOf(doc.Tokens[k]))) return doc.SpanOf(doc.Tokens[k + 1]) is ",";
        return false;
    }

    /// <summary>Whether a speech noun follows the mention in its sentence ("X, Minister of Y, opened the forum with a speech").</summary>
    private static bool SpeechAfter(Doc doc, LexiconSet lex, Sentence sent, EntityMention mention)
    {
        int from = doc.TokenIndexAtOrAfter(mention.End);
        for (int i = from; i < Math.Min(sent.EndToken, from + SpeechWindow); i++)
        {
            if (doc.Tokens[i].Kind is TokenKind.OpenQuote) return false;
            if (lex.Quotes.SpeechSettings.Contains(doc.SpanOf(doc.Tokens[i]))) return true;
        }
        return false;
    }

    private static bool InQuotation(Doc doc, DateMention d)
    {
        foreach (var q in doc.Quotes)
            if (q.Kind == QuoteKind.Direct && OpeningAdverbial.Inside(q, d.Start)) return true;
        return false;
    }

    private static bool AfterOtherTime(Doc doc, LexiconSet lex, DateMention d)
    {
        int t = doc.TokenIndexAtOrAfter(d.Start);
        return t > 0 && lex.Quotes.Is(doc.SpanOf(doc.Tokens[t - 1]), QuoteWordRole.OtherTime);
    }
}
