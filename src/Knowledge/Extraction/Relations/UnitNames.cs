using System.Collections.Immutable;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Relations;

/// <summary>
/// Parts of organisations read from their names: "Harbor Police – Fraud Division" and "Fraud Division
/// (Northern Field Office)" (a unit after a dash or in parentheses), "Fraud Division of the Harbor
/// Police", "Harbor Police Fraud Division" and "Harbor Police's Fraud Division" (a body's name, then a
/// unit headed by a word of models/organizations/units.txt), and "Red Cross Kenya" (a body's name, then
/// a place). Each split proposes the leading name as the parent, the fullest split first; the parent is
/// resolved by name over the whole corpus, so "Red Cross" need not be named in the same document, and
/// a leading name that names no organisation ("Northern Fraud Division") gives no edge.
/// </summary>
internal static class UnitNames
{
    private static readonly ImmutableArray<string> Dashes = [" - ", " – ", " — "];

    /// <summary>The parents an organisation's name proposes, the fullest first.</summary>
    public static IEnumerable<RelationMention> Find(Doc doc, RelationWords words, Lexicon unitHeads, Lexicon places)
    {
        foreach (var m in doc.Entities)
        {
            if (m.Type != EntityType.Organization) continue;
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var parent in Parents(doc.Slice(m.Start, m.End).Trim(), m.Name, words, unitHeads, places))
                if (seen.Add(parent) && !string.Equals(parent, m.Name, StringComparison.OrdinalIgnoreCase))
                    yield return new RelationMention(RelationType.PartOf, m, new EntityMention(EntityType.Organization, m.Start, m.End, parent, RelationRuleIds.UnitNameParent), m.Start, m.End, RelationRuleIds.NameCue)
                    { TargetByName = true };
        }
    }

    /// <summary>Whether a name holds a unit's head word ("Fraud Division", "Office to Monitor Fraud", "Task Force on Floods").</summary>
    public static bool HasUnitHead(string name, Lexicon unitHeads)
    {
        var words = Words(name);
        for (int i = 0; i < words.Length; i++)
        {
            if (!char.IsUpper(words[i][0])) continue;
            if (unitHeads.Contains(words[i]) || (i + 1 < words.Length && unitHeads.Contains(words[i] + " " + words[i + 1]))) return true;
        }
        return false;
    }

    private static IEnumerable<string> Parents(string written, string name, RelationWords slots, Lexicon unitHeads, Lexicon places)
    {
        // "Harbor Police's Fraud Division": the owner is written before the possessive.
        int apostrophe = written.IndexOfAny(['\'', '’']);
        if (apostrophe > 0 && apostrophe + 2 < written.Length && written[apostrophe + 1] == 's' && written[apostrophe + 2] == ' '
            && HasUnitHead(written[(apostrophe + 3)..], unitHeads))
            yield return Strip(slots, written[..apostrophe]);
        // "… Fraud Division (Northern Field Office)".
        int paren = name.LastIndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && name.EndsWith(')') && HasUnitHead(name[(paren + 2)..^1], unitHeads)) yield return name[..paren];
        foreach (var dash in Dashes)
        {
            int at = name.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && HasUnitHead(name[(at + dash.Length)..], unitHeads)) yield return name[..at];
        }
        // "Fraud Division of the Harbor Police".
        foreach (var link in slots.Of(RelationSlot.OwnerLink).Order(StringComparer.Ordinal))
        {
            int of = name.IndexOf($" {link} ", StringComparison.Ordinal);
            if (of > 0 && HasUnitHead(name[..of], unitHeads))
            {
                var rest = name[(of + link.Length + 2)..];
                int space = rest.IndexOf(' ');
                yield return space > 0 && slots.Is(rest[..space], RelationSlot.OwnerArticle) && rest[..space] == rest[..space].ToLowerInvariant() ? rest[(space + 1)..] : rest;
            }
        }
        // "Harbor Police Fraud Division", "Red Cross Kenya": a leading name, then a unit or a place.
        var words = Words(name);
        for (int k = words.Length - 1; k >= 1; k--)
        {
            if (!char.IsUpper(words[k][0]) || slots.Is(words[k - 1], RelationSlot.UnitNameConnector) || words[k - 1].EndsWith(',') || !char.IsLetterOrDigit(words[k - 1][^1])) continue;
            var rest = string.Join(' ', words[k..]);
            if (HasUnitHead(rest, unitHeads) || places.Contains(rest)) yield return string.Join(' ', words[..k]);
        }
    }

    /// <summary>An owner's name without the article it opens with ("the Harbor Police" → "Harbor Police").</summary>
    private static string Strip(RelationWords slots, string owner)
    {
        int space = owner.IndexOf(' ');
        return space > 0 && slots.Is(owner[..space], RelationSlot.OwnerArticle) ? owner[(space + 1)..] : owner;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
