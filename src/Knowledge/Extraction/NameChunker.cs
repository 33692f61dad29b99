using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>
/// Finds capitalised runs in a sentence. A run is a sequence of capitalised words, initials,
/// acronyms and name suffixes, joined by connectors ("of", "to", "and", "&amp;", "de", …) only where a
/// capitalised word follows the connector.
/// </summary>
internal static class NameChunker
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "to", "and", "&", "against", "on", "in", "the", "de", "del", "dela", "della", "da", "dos", "das",
        "van", "von", "der", "den", "di", "du", "la", "le", "y", "bin", "binti", "al", "el",
    };

    /// <summary>Whether a token can be part of a name.</summary>
    public static bool IsNameToken(Doc doc, Token t)
    {
        if (t.Kind == TokenKind.Word)
        {
            char c = doc.Text[t.Start];
            if (char.IsUpper(c)) return true;
            // eSafety, iPhone: lower-case first letter then a capital.
            return t.Length > 2 && char.IsLower(c) && char.IsUpper(doc.Text[t.Start + 1]);
        }
        if (t.Kind == TokenKind.Abbreviation) return char.IsUpper(doc.Text[t.Start]);
        return false;
    }

    /// <summary>Whether a token is a connector word that may join two capitalised parts of a name.</summary>
    public static bool IsConnector(Doc doc, Token t) =>
        (t.Kind is TokenKind.Word or TokenKind.Symbol) && Connectors.Contains(doc.TextOf(t));

    /// <summary>The runs of one sentence, in order.</summary>
    public static List<NameChunk> Chunks(Doc doc, Sentence s)
    {
        var result = new List<NameChunk>();
        var tokens = doc.Tokens;
        int i = s.FirstToken, end = s.EndToken;
        while (i < end)
        {
            if (!IsNameToken(doc, tokens[i])) { i++; continue; }
            int start = i;
            int last = i;
            int j = i + 1;
            while (j < end)
            {
                var t = tokens[j];
                // A line break ends a name: "Ana Reyes\nDirector, Outreach" is a name, then a title.
                if (SourceLines.BreakBetween(doc, tokens[j - 1].End, t.Start)) break;
                if (IsNameToken(doc, t) || (t.Kind == TokenKind.Number && IsYearAfterLawHead(doc, j)))
                {
                    last = j;
                    j++;
                    continue;
                }
                if (IsConnector(doc, t))
                {
                    // Connectors may chain ("of the"), but a capitalised word must follow.
                    int k = j;
                    while (k < end && IsConnector(doc, tokens[k])) k++;
                    if (k < end && k - j <= 2 && (IsNameToken(doc, tokens[k]) || (tokens[k].Kind == TokenKind.Number && IsYearAfterLawHead(doc, k)))) { j = k; continue; }
                }
                break;
            }
            result.Add(new NameChunk(start, last + 1));
            i = last + 1;
        }
        return result;
    }

    private static bool IsYearAfterLawHead(Doc doc, int j)
    {
        var text = doc.TextOf(doc.Tokens[j]);
        if (text.Length != 4 || j == 0) return false;
        var prev = doc.TextOf(doc.Tokens[j - 1]);
        return prev is "Act" or "Bill" or "Code" || (prev == "of" && j >= 2 && doc.TextOf(doc.Tokens[j - 2]) is "Act" or "Bill");
    }
}
