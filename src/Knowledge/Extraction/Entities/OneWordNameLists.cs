using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Lists of one-word names, joined by commas and a last "and" ("Ana, Bea and Cora"), each item a word
/// that looks like a given name and follows no other capitalised word; a footnote star may follow an item.
/// </summary>
internal static class OneWordNameLists
{
    /// <summary>Whether a one-word name looks like a given name: a capital, then lower-case letters.</summary>
    public static bool LooksLikeGivenName(string w) => LooksLikeGivenName(w.AsSpan());

    /// <summary><see cref="LooksLikeGivenName(string)"/> on a span of the text.</summary>
    public static bool LooksLikeGivenName(ReadOnlySpan<char> w) =>
        w.Length >= 2 && char.IsUpper(w[0]) && RestIsLowerOrJoiner(w);

    private static bool RestIsLowerOrJoiner(ReadOnlySpan<char> w)
    {
        for (int i = 1; i < w.Length; i++)
            if (!(char.IsLower(w[i]) || w[i] == '-' || w[i] == '\'')) return false;
        return true;
    }

    /// <summary>The first token of the list of one-word names that token <paramref name="i"/> belongs to; <paramref name="items"/> counts the list's items.</summary>
    public static int Start(Doc doc, int i, LexiconSet lex, out int items)
    {
        var t = doc.Tokens;
        items = 1;
        int j = i;
        while (true)
        {
            int k = j - 1;
            if (k >= 0 && doc.SpanOf(t[k]) is "*") k--;
            if (k < 0) break;
            var sep = doc.SpanOf(t[k]);
            if (!IsJoiner(sep, lex)) break;
            k--;
            if (sep is not "," && k >= 0 && doc.SpanOf(t[k]) is ",") k--;
            if (k >= 0 && doc.SpanOf(t[k]) is "*") k--;
            if (k < 0 || !IsSingleNameWord(doc, k)) break;
            j = k;
            items++;
        }
        // Count the items after the token too.
        int f = i + 1;
        while (f < t.Length)
        {
            if (doc.SpanOf(t[f]) is "*") f++;
            if (f >= t.Length || !IsJoiner(doc.SpanOf(t[f]), lex)) break;
            bool conjunction = doc.SpanOf(t[f]) is not ",";
            f++;
            if (!conjunction && f < t.Length && lex.Names.NameListConjunctions.Contains(doc.SpanOf(t[f]))) f++;
            if (f >= t.Length || !IsSingleNameWord(doc, f)) break;
            items++;
            f++;
        }
        return j;
    }

    /// <summary>A comma or the conjunction before a list's last name.</summary>
    private static bool IsJoiner(ReadOnlySpan<char> word, LexiconSet lex) => word is "," || lex.Names.NameListConjunctions.Contains(word);

    private static bool IsSingleNameWord(Doc doc, int k)
    {
        var t = doc.Tokens;
        return t[k].Kind == TokenKind.Word && LooksLikeGivenName(doc.SpanOf(t[k])) && (k == 0 || !NameChunker.IsNameToken(doc, t[k - 1]));
    }
}
