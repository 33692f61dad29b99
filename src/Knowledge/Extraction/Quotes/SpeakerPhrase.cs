using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// Whether a mention after a speech cue is the cue's speaker: only the words of a speaker phrase stand
/// between them — determiners, possessives, capitalised words and abbreviations (an organisation or a
/// rank: "said PNP-WCPC director Colonel Ana Cruz"), and titles ("said the agency's director Ana Cruz").
/// A preposition, a comma or a sentence end breaks the phrase: in "X said during the Y Committee's hearing"
/// the committee is no speaker.
/// </summary>
internal static class SpeakerPhrase
{
    /// <summary>At most this many tokens between the cue and its speaker.</summary>
    private const int MaximumTokens = 8;

    /// <summary>Whether only speaker-phrase words stand between token <paramref name="afterCue"/> (inclusive) and the mention.</summary>
    public static bool Introduces(Doc doc, LexiconSet lex, int afterCue, EntityMention mention)
    {
        int end = doc.TokenIndexAtOrAfter(mention.Start);
        if (end - afterCue > MaximumTokens) return false;
        for (int k = afterCue; k < end; k++)
        {
            var t = doc.Tokens[k];
            var w = doc.TextOf(t);
            if (t.Kind is TokenKind.Possessive || w is "-" or "–" or "." ) continue;
            if (t.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(w[0])) continue;
            if (lex.Quotes.Is(w, QuoteWordRole.NominalDeterminer) || lex.Titles.PersonTitles.Contains(w)) continue;
            return false;
        }
        return true;
    }
}
