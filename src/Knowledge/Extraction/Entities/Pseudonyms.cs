using Knowledge.Extraction.Roles;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// One-word names that the text marks as a person's name or pseudonym: a star after the name
/// ("Dahlia*"), a parenthesis such as "(not her real name)", a word such as "called" before it, a list
/// introduced by "pseudonyms" or a plural title, or a known given name next to a speech verb or
/// before an appositive ("Ana, a survivor").
/// </summary>
internal sealed class Pseudonyms(LexiconSet lex, TitlePhrases titles)
{
    /// <summary>Whether the one-word name at token <paramref name="i"/> is marked as a person's name.</summary>
    public bool IsPseudonym(Doc doc, int i)
    {
        var t = doc.Tokens;
        if (!OneWordNameLists.LooksLikeGivenName(doc.SpanOf(t[i]))) return false;
        var prev = i > 0 ? doc.SpanOf(t[i - 1]) : [];
        var next = i + 1 < t.Length ? doc.SpanOf(t[i + 1]) : [];
        var next2 = i + 2 < t.Length ? doc.SpanOf(t[i + 2]) : [];
        if (next is "*" && !ClosesEmphasis(doc, t[i])) return true;
        if (next is "(" && lex.Names.PseudonymMarkers.Contains(next2)) return true;
        if (lex.Names.PseudonymIntroducers.Contains(prev)) return true;
        if (InIntroducedList(doc, i)) return true;
        // The token table's bits are the lists' own answers for the words (the person rule asking has the table built).
        var table = doc.TokenTable(lex);
        bool given = table.Has(i, TokenLexicons.GivenName);
        if (given && (i > 0 && table.Has(i - 1, TokenLexicons.SpeechVerb) || i + 1 < t.Length && table.Has(i + 1, TokenLexicons.SpeechVerb))) return true;
        if (given && next is "," && lex.Names.AppositiveOpeners.Contains(next2)) return true;
        return false;
    }

    /// <summary>"*Scale of Harm*": a star after the word closes emphasis opened earlier on the line, not a pseudonym mark.</summary>
    private static bool ClosesEmphasis(Doc doc, Token word)
    {
        var text = doc.Text;
        for (int k = word.Start - 1; k >= 0 && text[k] != '\n'; k--)
        {
            if (text[k] != '*') continue;
            bool opens = k + 1 < text.Length && char.IsLetterOrDigit(text[k + 1]) && (k == 0 || !char.IsLetterOrDigit(text[k - 1]));
            return opens;
        }
        return false;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is an item of a list of one-word names introduced by
    /// "pseudonyms", "named", "called" or a plural title ("survivor leaders Ana, Bea and Cora").
    /// </summary>
    private bool InIntroducedList(Doc doc, int i)
    {
        int start = OneWordNameLists.Start(doc, i, lex, out int items);
        if (start <= 0) return false;
        var intro = doc.SpanOf(doc.Tokens[start - 1]);
        if (lex.Names.PseudonymListIntroducers.Contains(intro)) return true;
        return items >= 2 && titles.IsPlural(intro.ToString());
    }
}
