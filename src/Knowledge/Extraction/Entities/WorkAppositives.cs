using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// A name that reads like an organisation's ("Safe Harbor Network") but that an appositive calls a
/// project, study or method ("Safe Harbor Network, a three-year project funded by …") names a work:
/// every mention of that name in the document becomes a work.
/// </summary>
internal static class WorkAppositives
{
    /// <summary>Nouns for a piece of work rather than a body.</summary>
    private static readonly HashSet<string> WorkNouns = new(StringComparer.Ordinal)
    {
        "project", "study", "survey", "report", "method", "methodology", "approach", "podcast", "series",
        "documentary", "film", "book", "app", "tool", "toolkit", "index", "ranking", "curriculum", "course",
    };

    public static void Retype(Doc doc, MentionSet found)
    {
        var works = found.Items.Where(m => m.Type == EntityType.Organization && m.Rule == "organization-head" && CalledAWork(doc, m.End))
            .Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        if (works.Count == 0) return;
        foreach (var m in found.Items.Where(m => m.Type == EntityType.Organization && works.Contains(m.Name)).ToList())
            found.Replace(m, m with { Type = EntityType.Work, Rule = "work-appositive" });
    }

    /// <summary>", a two-year project", ", an online survey": a comma, an article, a few modifiers in lower case or numbers, then a work noun.</summary>
    private static bool CalledAWork(Doc doc, int end)
    {
        var tokens = doc.Tokens;
        int i = doc.TokenIndexAtOrAfter(end);
        if (i < 0 || i + 2 >= tokens.Length || doc.TextOf(tokens[i]) != "," || doc.TextOf(tokens[i + 1]) is not ("a" or "an")) return false;
        for (int k = i + 2; k < tokens.Length && k <= i + 8; k++)
        {
            string w = doc.TextOf(tokens[k]);
            if (WorkNouns.Contains(w)) return true;
            bool modifier = tokens[k].Kind is TokenKind.Number || w is "-" || tokens[k].Kind == TokenKind.Word && char.IsLower(w[0]);
            if (!modifier) return false;
        }
        return false;
    }
}
