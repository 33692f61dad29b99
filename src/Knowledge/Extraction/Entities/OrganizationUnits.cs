using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Units named together with their parent body. "Harbor Police – Fraud Division": a body, a spaced
/// dash and a unit with a head of its own are one name (the parent stays a mention of its own);
/// "… Fraud Division (Northern Field Office)": a field unit in parentheses right after a body belongs
/// to its name; and "HP Fraud Division-Northern Field Office" is that same unit when the document
/// defines "HP" as the parent's acronym.
/// </summary>
internal static class OrganizationUnits
{
    /// <summary>Joins dashed and parenthesised units to their parent's name (run before acronyms are linked).</summary>
    public static void Join(Doc doc, EntityMentionSet found, OrganizationRules rules)
    {
        JoinDashed(doc, found, rules);
        JoinFieldUnits(doc, found, rules);
    }

    private static void JoinDashed(Doc doc, EntityMentionSet found, OrganizationRules rules)
    {
        foreach (var unit in Organizations(found))
        {
            if (Before(found, unit) is not { } parent || doc.Slice(parent.End, unit.Start).Trim() is not ("–" or "-" or "—")) continue;
            if (!char.IsWhiteSpace(doc.Text[parent.End]) || !char.IsWhiteSpace(doc.Text[unit.Start - 1])) continue;
            if (!rules.IsHead(LastWord(parent.Name)) || !rules.IsHead(LastWord(unit.Name)) || unit.Name.Split(' ').Length < 2) continue;
            var joined = new EntityMention(EntityType.Organization, parent.Start, unit.End, doc.Slice(parent.Start, unit.End), EntityRuleIds.OrganizationUnit);
            found.Replace(unit, joined);
        }
    }

    private static void JoinFieldUnits(Doc doc, EntityMentionSet found, OrganizationRules rules)
    {
        foreach (var field in Organizations(found))
        {
            if (Before(found, field) is not { } unit || doc.Slice(unit.End, field.Start).Trim() != "(") continue;
            if (field.End >= doc.Text.Length || doc.Text[field.End] != ')') continue;
            if (!rules.IsFieldUnitHead(LastWord(field.Name))) continue;
            var joined = new EntityMention(EntityType.Organization, unit.Start, field.End + 1, doc.Slice(unit.Start, field.End + 1), EntityRuleIds.OrganizationFieldUnit);
            found.Remove(field);
            found.Replace(unit, joined);
        }
    }

    /// <summary>
    /// The longest organisation mention that ends last before the given one, within a few characters (asked of the
    /// set's position index, so the pass stays linear in the document's length).
    /// </summary>
    private static EntityMention? Before(EntityMentionSet found, EntityMention m) =>
        found.OrganizationsEndingBefore(m.Start).OrderByDescending(x => x.End).ThenBy(x => x.Start).FirstOrDefault();

    /// <summary>
    /// An organisation's name that holds an acronym the document defines is the name with the acronym
    /// spelt out ("HP Fraud Division" is "Harbor Police Fraud Division"), when another mention gives that name.
    /// </summary>
    public static void LinkExpandedAcronyms(EntityMentionSet found)
    {
        var expansions = found.Items.Where(m => m.Rule == EntityRuleIds.AcronymDefinition && m.SameAs is not null && m.Type == EntityType.Organization)
            .GroupBy(m => m.SameAs!, StringComparer.Ordinal).Where(g => g.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        if (expansions.Count == 0) return;
        var orgs = Organizations(found);
        // The names by slug are built only when a name holds a defined acronym (most documents have none), from the same list.
        Dictionary<string, string>? bySlug = null;
        foreach (var m in orgs)
        {
            if (m.SameAs is not null || EntityRuleIds.IsAcronymRule(m.Rule)) continue;
            var words = m.Name.Split([' ', '-', '–', '/'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !words.Any(expansions.ContainsKey)) continue;
            string expanded = Slug.Of(string.Join(' ', words.Select(w => expansions.TryGetValue(w, out var e) ? e : w)));
            bySlug ??= orgs.GroupBy(o => Slug.Of(o.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            if (bySlug.TryGetValue(expanded, out var fuller) && fuller != m.Name) found.Replace(m, m with { SameAs = fuller });
        }
    }

    private static List<EntityMention> Organizations(EntityMentionSet found) =>
        [.. found.Items.Where(m => m.Type == EntityType.Organization).OrderBy(m => m.Start).ThenByDescending(m => m.End)];

    private static string LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return (space < 0 ? name : name[(space + 1)..]).TrimEnd('.');
    }
}
