using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// A name that reads like an organisation's ("Safe Harbor Network") but that an appositive calls a
/// project, study or method ("Safe Harbor Network, a three-year project funded by …") names a work:
/// every mention of that name in the document becomes a work.
/// </summary>
internal static class WorkAppositives
{
    public static void Retype(Doc doc, EntityMentionSet found, LexiconSet lex)
    {
        var works = found.Items.Where(m => m.Type == EntityType.Organization && m.Rule == EntityRuleIds.OrganizationHead && CalledAWork(doc, m.End, lex))
            .Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        if (works.Count == 0) return;
        foreach (var m in found.Items.Where(m => m.Type == EntityType.Organization && works.Contains(m.Name)).ToList())
            found.Replace(m, m with { Type = EntityType.Work, Rule = EntityRuleIds.WorkAppositive, IsWeak = false });
    }

    /// <summary>", a two-year project", ", an online survey": a comma, an article, a few modifiers in lower case or numbers, then a work noun.</summary>
    private static bool CalledAWork(Doc doc, int end, LexiconSet lex)
    {
        var tokens = doc.Tokens;
        int i = doc.TokenIndexAtOrAfter(end);
        if (i < 0 || i + 2 >= tokens.Length || doc.SpanOf(tokens[i]) is not "," || !lex.Entities.IndefiniteArticles.Contains(doc.SpanOf(tokens[i + 1]))) return false;
        for (int k = i + 2; k < tokens.Length && k <= i + 8; k++)
        {
            string w = doc.TextOf(tokens[k]);
            if (lex.Entities.AppositiveWorkNouns.Contains(w)) return true;
            bool modifier = tokens[k].Kind is TokenKind.Number || w is "-" || tokens[k].Kind == TokenKind.Word && char.IsLower(w[0]);
            if (!modifier) return false;
        }
        return false;
    }
}
