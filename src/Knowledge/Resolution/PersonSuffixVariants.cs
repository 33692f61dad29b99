using System.Runtime.InteropServices;
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
        // Per base, its first two distinct names and whether there are more: a join needs exactly two, so a sorted
        // set of every name per base (and a set of the names seen) is not needed to decide it.
        var byBase = new Dictionary<string, NamesOfBase>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Person || !m.Name.Contains(' ')) continue;
            var forms = people.Of(m.Name);
            ref var names = ref CollectionsMarshal.GetValueRefOrAddDefault(byBase, forms.BaseSlug, out bool known);
            if (!known) names = new NamesOfBase(forms.Slug, null, false);
            else names = names.With(forms.Slug);
        }
        // The bases in ordinal order, as the unions were made in that order.
        var pairs = new List<(string, string)>();
        foreach (var (bare, names) in byBase)
        {
            // The bare name and exactly one other.
            if (names.More || names.Second is null) continue;
            if (names.First == bare) pairs.Add((bare, names.Second));
            else if (names.Second == bare) pairs.Add((bare, names.First));
        }
        pairs.Sort(static (a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        foreach (var (bare, suffixed) in pairs) uf.Union("person:" + bare, "person:" + suffixed);
        return pairs;
    }

    /// <summary>A base's first two distinct names (folded) and whether a third was seen.</summary>
    private readonly record struct NamesOfBase(string First, string? Second, bool More)
    {
        public NamesOfBase With(string name) =>
            name == First || name == Second || More ? this
            : Second is null ? this with { Second = name }
            : this with { More = true };
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
