using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>Acronyms as tokens: words of two capitals or more and no lower-case letter ("NRC", "HP-FU").</summary>
internal static class Acronyms
{
    /// <summary>Whether a token is an acronym.</summary>
    public static bool IsAcronym(Doc doc, Token t)
    {
        if (t.Kind != TokenKind.Word || t.Length < 2) return false;
        int upper = 0;
        for (int i = t.Start; i < t.End; i++)
        {
            char c = doc.Text[i];
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) return false;
        }
        return upper >= 2;
    }
}
