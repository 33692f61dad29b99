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
        foreach (var shortForm in orgs)
        {
            if (shortForm.IsWeak || shortForm.SameAs is not null) continue;
            var fuller = orgs.Select(m => m.Name)
                .Where(n => OwnerBefore(n, shortForm.Name) is { } owner && (lex.Names.Places.Contains(owner) || lex.Names.Nationalities.Contains(owner) || names.Contains(owner)))
                .Distinct(StringComparer.Ordinal).ToList();
            if (fuller.Count == 1) found.Replace(shortForm, shortForm with { SameAs = fuller[0] });
        }
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
