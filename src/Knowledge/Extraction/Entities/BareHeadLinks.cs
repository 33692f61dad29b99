using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// The entity pass that links bare organisation heads: a short name ("Senate", "Data Lab") is the body
/// another mention names with its place, nationality or parent body before it.
/// </summary>
internal static class BareHeadLinks
{
    /// <summary>
    /// A short name ("Senate", "Data Lab") is the body another mention names with its place, nationality or parent
    /// body before it ("State Senate", "Ridge University Data Lab", "Ridge University – Data Lab"),
    /// when the document names only one such body.
    /// </summary>
    public static void Link(EntityMentionSet found, LexiconSet lex)
    {
        var orgs = found.Items.Where(m => m.Type == EntityType.Organization).ToList();
        var names = orgs.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var fullerBySuffix = FullerNamesBySuffix(orgs);
        foreach (var shortForm in orgs)
        {
            if (shortForm.IsWeak || shortForm.SameAs is not null || !fullerBySuffix.TryGetValue(shortForm.Name, out var candidates)) continue;
            var fuller = candidates
                .Where(n => OwnerBefore(n, shortForm.Name) is { } owner && (lex.Names.Places.Contains(owner) || lex.Names.Nationalities.Contains(owner) || names.Contains(owner)))
                .ToList();
            if (fuller.Count == 1) found.Replace(shortForm, shortForm with { SameAs = fuller[0] });
        }
    }

    /// <summary>
    /// Each ending of a name that starts after a space ("Data Lab", "Lab" of "Ridge University Data Lab"), with
    /// the distinct names that end so, in the order first named: a short name finds its fuller ones by one lookup
    /// rather than by comparing every pair of names.
    /// </summary>
    private static Dictionary<string, List<string>> FullerNamesBySuffix(List<EntityMention> orgs)
    {
        var bySuffix = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in orgs)
        {
            if (!seen.Add(m.Name)) continue;
            for (int space = m.Name.IndexOf(' '); space >= 0; space = m.Name.IndexOf(' ', space + 1))
            {
                string suffix = m.Name[(space + 1)..];
                if (suffix.Length == 0) continue;
                if (!bySuffix.TryGetValue(suffix, out var list)) bySuffix[suffix] = list = [];
                if (list.Count == 0 || list[^1] != m.Name) list.Add(m.Name);
            }
        }
        return bySuffix;
    }

    /// <summary>The words before a short name at the end of a fuller one, after a space or a spaced dash ("Harbor Police – Fraud Unit"); null if it does not end so.</summary>
    private static string? OwnerBefore(string fuller, string shortName)
    {
        if (fuller.Length <= shortName.Length + 1 || !fuller.EndsWith(shortName, StringComparison.Ordinal)) return null;
        string rest = fuller[..^shortName.Length];
        if (rest.EndsWith(" – ", StringComparison.Ordinal) || rest.EndsWith(" - ", StringComparison.Ordinal) || rest.EndsWith(" — ", StringComparison.Ordinal)) return rest[..^3];
        return rest.EndsWith(' ') ? rest[..^1] : null;
    }
}
