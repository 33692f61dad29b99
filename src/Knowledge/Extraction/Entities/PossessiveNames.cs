using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// A possessive inside an organisation's name: "the Coastal Children’s Trust", "the Sailors’s Relief
/// Fund". The run continues through the possessive when the owner is no body of its own (its word is
/// neither an organisation's head nor an acronym, and no "of" comes before it in the run) and the
/// words after the possessive hold an organisation's head. Otherwise the possessive ends the run:
/// "ACME’s Data Lab", "Harbor Trust’s Youth Council" and "Bureau of Fisheries’ Port Office" name a
/// body and its unit, "Harbor Trust’s Ana Reyes" a body and a person.
/// </summary>
internal static class PossessiveNames
{
    /// <summary>Whether the run from token start may continue through the possessive at token p.</summary>
    public static bool Continues(Doc doc, int start, int p, int sentenceEnd, LexiconSet lex)
    {
        var tokens = doc.Tokens;
        if (p <= start || p + 1 >= sentenceEnd || tokens[p].Kind != TokenKind.Possessive) return false;
        if (!NameChunker.IsNameToken(doc, tokens[p - 1]) || !NameChunker.IsNameToken(doc, tokens[p + 1])) return false;
        if (doc.Text.AsSpan(tokens[p].End, tokens[p + 1].Start - tokens[p].End).IndexOfAny('\n', '\r') >= 0) return false;
        var owner = tokens[p - 1];
        if (IsHead(doc.TextOf(owner), lex) || Acronyms.IsAcronym(doc, owner)) return false;
        for (int k = start; k < p; k++)
            if (lex.Entities.OfPrepositions.Contains(doc.SpanOf(tokens[k]))) return false;
        return HasHeadAfter(doc, p + 1, sentenceEnd, lex);
    }

    /// <summary>Whether the run that starts at token i (connectors may join its words) holds an organisation's head.</summary>
    private static bool HasHeadAfter(Doc doc, int i, int end, LexiconSet lex)
    {
        var tokens = doc.Tokens;
        while (i < end)
        {
            if (NameChunker.IsNameToken(doc, tokens[i]))
            {
                if (IsHead(doc.TextOf(tokens[i]), lex)) return true;
                i++;
                continue;
            }
            int k = i;
            while (k < end && NameChunker.IsConnector(doc, tokens[k], lex)) k++;
            if (k == i || k - i > 2 || k >= end || !NameChunker.IsNameToken(doc, tokens[k])) break;
            i = k;
        }
        return false;
    }

    private static bool IsHead(string word, LexiconSet lex) =>
        word.Length > 0 && char.IsUpper(word[0]) && (lex.Organizations.Heads.Contains(word.TrimEnd('.')) || lex.Organizations.Suffixes.Contains(word));
}
