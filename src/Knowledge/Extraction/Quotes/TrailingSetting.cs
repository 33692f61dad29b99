using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The setting an indirect quote's content may end in: "X emphasized the need for clean water, at the
/// ceremonial signing of the pact" — the ", at/during … occasion" phrase places the statement (see
/// <see cref="OccasionSettings"/>) and is not what was said. It is setting only when it runs to the end of
/// the content or to an apposition ("…, at the signing of the pact, a plan that …"); a phrase the content
/// goes on after ("would vote, at the hearing next week, on the bill") stays.
/// </summary>
internal static class TrailingSetting
{
    /// <summary>How many words may stand between "at"/"during" and the occasion noun.</summary>
    private const int Reach = 4;

    /// <summary>The content's end without a trailing setting phrase (the offset of its comma), else <paramref name="end"/>.</summary>
    public static int EndBefore(Doc doc, LexiconSet lex, int start, int end)
    {
        int first = doc.TokenIndexAtOrAfter(start);
        for (int i = first + 1; i + 1 < doc.Tokens.Length && doc.Tokens[i + 1].End <= end; i++)
        {
            if (!IsComma(doc, i) || !lex.Quotes.Is(doc.SpanOf(doc.Tokens[i + 1]), QuoteWordRole.OccasionPreposition)) continue;
            if (!NamesOccasion(doc, lex, i + 2, end)) continue;
            if (RunsToEnd(doc, lex, i + 2, end)) return doc.Tokens[i].Start;
        }
        return end;
    }

    // Words are read in place: this runs on every token of every indirect quote's content.
    private static bool IsComma(Doc doc, int token) => doc.SpanOf(doc.Tokens[token]) is ",";

    private static bool NamesOccasion(Doc doc, LexiconSet lex, int from, int end)
    {
        for (int k = from; k < from + Reach && k < doc.Tokens.Length && doc.Tokens[k].End <= end; k++)
        {
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Possessive)) return false;
            if (lex.Quotes.OccasionNouns.Contains(doc.SpanOf(doc.Tokens[k]))) return true;
        }
        return false;
    }

    /// <summary>Whether no comma follows in the content, or only one that opens an apposition ("…, a plan that …").</summary>
    private static bool RunsToEnd(Doc doc, LexiconSet lex, int from, int end)
    {
        for (int k = from; k < doc.Tokens.Length && doc.Tokens[k].End <= end; k++)
        {
            if (!IsComma(doc, k)) continue;
            return k + 1 >= doc.Tokens.Length || doc.Tokens[k + 1].End > end
                || lex.Quotes.Is(doc.SpanOf(doc.Tokens[k + 1]), QuoteWordRole.NominalDeterminer);
        }
        return true;
    }
}
