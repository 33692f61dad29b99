using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>A headline in title case ("Court Sentences Trafficker") tells nothing by its capitals.</summary>
internal static class TitleCaseHeadlines
{
    /// <summary>Whether a sentence is a title or heading whose longer words are mostly capitalised.</summary>
    public static bool Is(Doc doc, Sentence s)
    {
        if (doc.Blocks[s.BlockIndex].Kind is not (BlockKind.Title or BlockKind.Heading)) return false;
        int words = 0, caps = 0;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind != TokenKind.Word || t.Length < 4) continue;
            words++;
            if (char.IsUpper(doc.Text[t.Start])) caps++;
        }
        return words > 0 && caps * 10 >= words * 6;
    }
}
