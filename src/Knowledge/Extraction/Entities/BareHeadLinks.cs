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
        var items = found.Items;
        if (ShortNames(items) is not { } shortNames || FullerNamesBySuffix(items, shortNames) is not { } fullerBySuffix) return;
        // Every organisation's name (an owner may be one), built only for a document with a short name some fuller one ends with.
        var names = t_names ??= new HashSet<string>(StringComparer.Ordinal);
        names.Clear();
        for (int i = 0; i < items.Count; i++)
            if (items[i].Type == EntityType.Organization) names.Add(items[i].Name);
#if NET9_0_OR_GREATER
        var ownerNames = names.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        for (int i = 0; i < items.Count; i++)
        {
            var shortForm = items[i];
            if (!IsShortForm(shortForm) || !fullerBySuffix.TryGetValue(shortForm.Name, out var candidates)) continue;
            string? fuller = null;
            int count = 0;
            foreach (var n in candidates)
            {
                if (!OwnerBefore(n, shortForm.Name, out var owner)) continue;
#if NET9_0_OR_GREATER
                bool named = ownerNames.Contains(owner);
#else
                bool named = names.Contains(owner.ToString());
#endif
                if (!(lex.Names.Places.Contains(owner) || lex.Names.Nationalities.Contains(owner) || named)) continue;
                count++;
                fuller ??= n;
            }
            if (count == 1) found.Replace(shortForm, shortForm with { SameAs = fuller });
        }
    }

    [ThreadStatic]
    private static HashSet<string>? t_shortNames;

    [ThreadStatic]
    private static HashSet<string>? t_names;

    /// <summary>An organisation mention a fuller name may take: not weak and not yet linked.</summary>
    private static bool IsShortForm(EntityMention m) => m.Type == EntityType.Organization && !m.IsWeak && m.SameAs is null;

    /// <summary>The names of the mentions <see cref="IsShortForm"/> holds for; null when there are none.</summary>
    private static HashSet<string>? ShortNames(IReadOnlyList<EntityMention> items)
    {
        // One set a thread, emptied per document: it is read only while the pass runs.
        var names = t_shortNames ??= new HashSet<string>(StringComparer.Ordinal);
        names.Clear();
        for (int i = 0; i < items.Count; i++)
            if (IsShortForm(items[i])) names.Add(items[i].Name);
        return names.Count == 0 ? null : names;
    }

    /// <summary>
    /// Each short name that some other name ends with after a space ("Data Lab", "Lab" of "Ridge University Data Lab"),
    /// with the distinct organisation names that end so, in the order first named: a short name finds its fuller ones by
    /// one lookup rather than by comparing every pair of names. Only endings that are short names are kept (read as
    /// spans, so the others cost no string); null when there are none.
    /// </summary>
    private static Dictionary<string, List<string>>? FullerNamesBySuffix(IReadOnlyList<EntityMention> items, HashSet<string> shortNames)
    {
        Dictionary<string, List<string>>? bySuffix = null;
#if NET9_0_OR_GREATER
        var shortLookup = shortNames.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        for (int i = 0; i < items.Count; i++)
        {
            var m = items[i];
            if (m.Type != EntityType.Organization) continue;
            string name = m.Name;
            for (int space = name.IndexOf(' '); space >= 0; space = name.IndexOf(' ', space + 1))
            {
                var suffix = name.AsSpan(space + 1);
                if (suffix.Length == 0) continue;
#if NET9_0_OR_GREATER
                if (!shortLookup.TryGetValue(suffix, out var key)) continue;
#else
                if (!shortNames.TryGetValue(suffix.ToString(), out var key)) continue;
#endif
                bySuffix ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                if (!bySuffix.TryGetValue(key, out var list)) bySuffix[key] = list = [];
                // A name named again is already listed under each of its endings.
                if (!list.Contains(name)) list.Add(name);
            }
        }
        return bySuffix;
    }

    /// <summary>
    /// The words before a short name at the end of a fuller one, after a space or a spaced dash ("Harbor Police – Fraud Unit");
    /// false if it does not end so.
    /// </summary>
    private static bool OwnerBefore(string fuller, string shortName, out ReadOnlySpan<char> owner)
    {
        owner = default;
        if (fuller.Length <= shortName.Length + 1 || !fuller.EndsWith(shortName, StringComparison.Ordinal)) return false;
        var rest = fuller.AsSpan(0, fuller.Length - shortName.Length);
        if (rest.EndsWith(" – ", StringComparison.Ordinal) || rest.EndsWith(" - ", StringComparison.Ordinal) || rest.EndsWith(" — ", StringComparison.Ordinal))
        {
            owner = rest[..^3];
            return true;
        }
        if (rest.Length == 0 || rest[^1] != ' ') return false;
        owner = rest[..^1];
        return true;
    }
}
