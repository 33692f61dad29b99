using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// Resolves a document named by a common noun — "the report says", "the January 2023 paper reports",
/// "according to the study" — to who stands behind it: the organisation or person the text says
/// released it ("X released its white paper", "a report released by X"), else the last named work
/// (a Work mention) before the quote. Nothing when the text names neither.
/// </summary>
internal static class NominalSpeakers
{
    /// <summary>Whether the token is a document noun ("report", "paper").</summary>
    public static bool IsDocumentNoun(QuoteContext context, int token) =>
        token >= 0 && token < context.Doc.Tokens.Length && context.Doc.TokenBits(context.Lexicons).Has(token, TokenLexicons.DocumentNoun);

    /// <summary>
    /// When the words just before <paramref name="cueToken"/> are a determined document phrase ("the 2022 annual
    /// report", "its white paper"), the speaker behind it; otherwise null.
    /// </summary>
    public static EntityMention? BeforeCue(QuoteContext context, int cueToken, int quoteStart)
    {
        var doc = context.Doc;
        int head = cueToken - 1;
        if (!IsDocumentNoun(context, head)) return null;
        // Walk back over modifiers to a nominal determiner: "the", "its", "a new".
        for (int k = head - 1; k >= Math.Max(0, head - 5); k--)
        {
            var w = doc.TextOf(doc.Tokens[k]);
            if (context.Lexicons.Quotes.Is(w, QuoteWordRole.NominalDeterminer)) return Behind(context, head, quoteStart);
            if (doc.Tokens[k].Kind is TokenKind.Terminal || w is "," or ";" or ":") return null;
        }
        return null;
    }

    /// <summary>When a sentence opens with a document phrase under a capitalised determiner ("The white paper outlines …:"), the speaker behind it.</summary>
    public static EntityMention? SubjectOf(QuoteContext context, Sentence sentence, int quoteStart)
    {
        var doc = context.Doc;
        int first = sentence.FirstToken;
        if (first >= sentence.EndToken) return null;
        var opener = doc.TextOf(doc.Tokens[first]);
        if (!WordShape.IsCapitalised(opener) || !context.Lexicons.Quotes.Is(opener, QuoteWordRole.NominalDeterminer)) return null;
        for (int k = first + 1; k < Math.Min(sentence.EndToken, first + 5); k++)
            if (IsDocumentNoun(context, k)) return Behind(context, k, quoteStart);
        return null;
    }

    /// <summary>Who stands behind the document noun at <paramref name="head"/>, looking back from <paramref name="before"/>.</summary>
    public static EntityMention? Behind(QuoteContext context, int head, int before)
    {
        var doc = context.Doc;
        string noun = doc.TextOf(doc.Tokens[head]);
        int sentence = Math.Min(doc.SentenceIndexAt(before), doc.Sentences.Length - 1);
        return context.Publishers.LatestUpTo(noun, sentence) ?? doc.LastEntityEndingBy(before, e => e.Type == EntityType.Work);
    }
}
