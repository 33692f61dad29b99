using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// A body named for a list of fields: "the Committee on Fisheries, Ports and Coastal Trade". The run
/// that holds an opener and its preposition ("Committee on", "Department of") continues through the
/// commas of a list of capitalised fields that ends with "and" and a last field. The fields hold no
/// organisation's head and do not open with a given name, so a list of bodies or people after a body
/// ("the Committee on Ports, Harbor Trust and Maria Delgado") is not taken in.
/// </summary>
internal static class OrganizationFieldLists
{
    private const int MaxFieldWords = 3;

    /// <summary>
    /// For the run from token start to token last (inclusive) and a comma at token comma: the end (exclusive)
    /// of the field list after the comma, or null when the run is no body named for fields or no such list follows.
    /// </summary>
    public static int? ListEnd(Doc doc, int start, int last, int comma, int sentenceEnd, LexiconSet lex)
    {
        if (!OpensFields(doc, start, last, lex)) return null;
        var tokens = doc.Tokens;
        bool sawAnd = false;
        int words = 0, i = comma + 1, listEnd = -1;
        while (i < sentenceEnd)
        {
            var t = tokens[i];
            string w = doc.TextOf(t);
            if (NameChunker.IsNameToken(doc, t))
            {
                if (IsHead(w, lex) || words == 0 && lex.Names.GivenNames.Contains(w) || ++words > MaxFieldWords) return null;
                listEnd = i + 1;
                i++;
                continue;
            }
            if (words == 0) return null;
            if (sawAnd) break;
            if (lex.Entities.AndConjunctions.Contains(w)) sawAnd = true;
            else if (w != ",") break;
            words = 0;
            i++;
            if (i < sentenceEnd && w == "," && lex.Entities.AndConjunctions.Contains(doc.SpanOf(tokens[i]))) { sawAnd = true; i++; }
        }
        return sawAnd && words > 0 ? listEnd : null;
    }

    /// <summary>Whether the run is an opener, its preposition and capitalised words only ("Senate Committee on Ports").</summary>
    private static bool OpensFields(Doc doc, int start, int last, LexiconSet lex)
    {
        var tokens = doc.Tokens;
        for (int k = start; k < last; k++)
        {
            if (!lex.Organizations.Openers.Contains(doc.SpanOf(tokens[k])) || !IsPreposition(doc, k + 1, lex)) continue;
            if (k + 2 > last) return false;
            for (int f = k + 2; f <= last; f++)
                if (!NameChunker.IsNameToken(doc, tokens[f]) || IsHead(doc.TextOf(tokens[f]), lex)) return false;
            return true;
        }
        return false;
    }

    /// <summary>A connector that is neither "and" nor an article: "on", "of", "for".</summary>
    private static bool IsPreposition(Doc doc, int i, LexiconSet lex)
    {
        string w = doc.TextOf(doc.Tokens[i]);
        return NameChunker.IsConnector(doc, doc.Tokens[i], lex) && !lex.Entities.AndConjunctions.Contains(w) && !lex.Entities.Articles.Contains(w);
    }

    private static bool IsHead(string word, LexiconSet lex) =>
        word.Length > 0 && char.IsUpper(word[0]) && (lex.Organizations.Heads.Contains(word.TrimEnd('.')) || lex.Organizations.Suffixes.Contains(word));
}
