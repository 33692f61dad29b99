using Knowledge.Graph;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Resolution;

/// <summary>
/// Joins a person's name written without a generational suffix to the same name with one
/// ("Ana Reyes" and "Ana Reyes Jr.") when the corpus knows only one suffixed variant of that name.
/// When both "Jr." and "Sr." (or "III") occur, the bare name is ambiguous and stays apart.
/// </summary>
internal static class PersonSuffixVariants
{
    /// <summary>Unites the key of each bare name with the key of its only suffixed variant; returns the pairs joined.</summary>
    public static IReadOnlyList<(string Bare, string Suffixed)> Link(UnionFind uf, IEnumerable<EntityMention> mentions, PersonNames people)
    {
        var byBase = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        // Each distinct name once: the sets below would ignore its repeats anyway.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Person || !m.Name.Contains(' ') || !seen.Add(m.Name)) continue;
            var forms = people.Of(m.Name);
            if (!byBase.TryGetValue(forms.BaseSlug, out var names))
                byBase[forms.BaseSlug] = names = new SortedSet<string>(StringComparer.Ordinal);
            names.Add(forms.Slug);
        }
        var joined = new List<(string, string)>();
        foreach (var (bare, names) in byBase)
        {
            // The bare name and exactly one other: the set holds two names, one of them the bare one.
            if (names.Count != 2 || !names.Contains(bare)) continue;
            string suffixed = names.Min == bare ? names.Max! : names.Min!;
            uf.Union("person:" + bare, "person:" + suffixed);
            joined.Add((bare, suffixed));
        }
        return joined;
    }

    /// <summary>The name without a trailing generational suffix ("Ana Reyes Jr." → "Ana Reyes"; suffixes from models/names/name-suffixes.txt).</summary>
    public static string WithoutSuffix(string name, Lexicon suffixes)
    {
        if (PersonNames.IsSingleSpaced(name))
        {
            // The words are the name's own and what is left is a start of it: cut it there, with no word copied.
            var kept = name.AsSpan();
            for (int words = kept.Count(' ') + 1; words > 2; words--)
            {
                int last = kept.LastIndexOf(' ');
                if (!suffixes.Contains(kept[(last + 1)..].TrimEnd(','))) break;
                kept = kept[..last];
            }
            return kept.Length == name.Length ? name : kept.ToString();
        }
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (parts.Count > 2 && suffixes.Contains(parts[^1].TrimEnd(','))) parts.RemoveAt(parts.Count - 1);
        return string.Join(' ', parts);
    }
}
