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
            if (Before(found, unit) is not { } parent || doc.SpanOf(parent.End, unit.Start).Trim() is not ("–" or "-" or "—")) continue;
            if (!char.IsWhiteSpace(doc.Text[parent.End]) || !char.IsWhiteSpace(doc.Text[unit.Start - 1])) continue;
            if (!rules.IsHead(LastWord(parent.Name)) || !rules.IsHead(LastWord(unit.Name)) || !unit.Name.Contains(' ')) continue;
            var joined = new EntityMention(EntityType.Organization, parent.Start, unit.End, doc.Slice(parent.Start, unit.End), EntityRuleIds.OrganizationUnit);
            found.Replace(unit, joined);
        }
    }

    private static void JoinFieldUnits(Doc doc, EntityMentionSet found, OrganizationRules rules)
    {
        foreach (var field in Organizations(found))
        {
            if (Before(found, field) is not { } unit || doc.SpanOf(unit.End, field.Start).Trim() is not "(") continue;
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
    /// <remarks>Read off the mentions overlapping the gap, as <see cref="EntityMentionSet.OrganizationsEndingBefore"/> filters them, by one loop.</remarks>
    private static EntityMention? Before(EntityMentionSet found, EntityMention m)
    {
        const int gap = 4;
        int start = m.Start;
        var near = (IReadOnlyList<EntityMention>)found.Overlapping(start - gap - 1, start);
        EntityMention? best = null;
        for (int i = 0; i < near.Count; i++)
        {
            var x = near[i];
            if (x.Type != EntityType.Organization || x.End > start || start - x.End > gap) continue;
            // The first of the latest-ending, earliest-starting mentions, as a stable sort would put first.
            if (best is null || x.End > best.End || x.End == best.End && x.Start < best.Start) best = x;
        }
        return best;
    }

    /// <summary>
    /// An organisation's name that holds an acronym the document defines is the name with the acronym
    /// spelt out ("HP Fraud Division" is "Harbor Police Fraud Division"), when another mention gives that name.
    /// </summary>
    public static void LinkExpandedAcronyms(EntityMentionSet found)
    {
        if (DefinedExpansions(found) is not { } expansions) return;
        var orgs = Organizations(found);
#if NET9_0_OR_GREATER
        var byAcronym = expansions.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        // The names by slug are built only when a name holds a defined acronym (most documents have none), from the same list.
        Dictionary<string, string>? bySlug = null;
        foreach (var m in orgs)
        {
            if (m.SameAs is not null || EntityRuleIds.IsAcronymRule(m.Rule)) continue;
            // The words are read as spans first: only a name of two words or more that holds a defined acronym is split.
            int words = 0;
            bool holdsAcronym = false;
            var rest = m.Name.AsSpan();
            while (NextWord(ref rest) is { Length: > 0 } word)
            {
                words++;
#if NET9_0_OR_GREATER
                holdsAcronym |= byAcronym.TryGetValue(word, out var e) && e is not null;
#else
                holdsAcronym |= expansions.TryGetValue(word.ToString(), out var e) && e is not null;
#endif
            }
            if (words < 2 || !holdsAcronym) continue;
            var split = m.Name.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < split.Length; i++)
                if (expansions.TryGetValue(split[i], out var e) && e is not null) split[i] = e;
            string expanded = Slug.Of(string.Join(' ', split));
            if (bySlug is null)
            {
                bySlug = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var o in orgs) bySlug.TryAdd(Slug.Of(o.Name), o.Name);
            }
            if (bySlug.TryGetValue(expanded, out var fuller) && fuller != m.Name) found.Replace(m, m with { SameAs = fuller });
        }
    }

    private static readonly char[] WordSeparators = [' ', '-', '–', '/'];

    /// <summary>The next word of <paramref name="rest"/> between <see cref="WordSeparators"/>, advancing past it; empty when none is left.</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        int start = 0;
        while (start < rest.Length && WordSeparators.AsSpan().Contains(rest[start])) start++;
        rest = rest[start..];
        int end = rest.IndexOfAny(WordSeparators);
        if (end < 0) end = rest.Length;
        var word = rest[..end];
        rest = rest[end..];
        return word;
    }

    /// <summary>
    /// Each acronym the text defines for an organisation with the one name it stands for (null when its definitions
    /// name several); null when the text defines none, so most documents build no dictionary.
    /// </summary>
    private static Dictionary<string, string?>? DefinedExpansions(EntityMentionSet found)
    {
        Dictionary<string, string?>? expansions = null;
        int single = 0;
        var items = found.Items;
        for (int i = 0; i < items.Count; i++)
        {
            var m = items[i];
            if (m.Rule != EntityRuleIds.AcronymDefinition || m.SameAs is null || m.Type != EntityType.Organization) continue;
            expansions ??= new Dictionary<string, string?>(StringComparer.Ordinal);
            if (!expansions.TryGetValue(m.SameAs, out var name)) { expansions[m.SameAs] = m.Name; single++; }
            else if (name is not null && !string.Equals(name, m.Name, StringComparison.Ordinal)) { expansions[m.SameAs] = null; single--; }
        }
        return single > 0 ? expansions : null;
    }

    /// <summary>The organisation mentions in text order: by start, the longest first, ties in the order they were added.</summary>
    private static List<EntityMention> Organizations(EntityMentionSet found)
    {
        var items = found.Items;
        var orgs = new List<(EntityMention Mention, int Order)>();
        for (int i = 0; i < items.Count; i++)
            if (items[i].Type == EntityType.Organization) orgs.Add((items[i], i));
        // List.Sort is not stable: the order added breaks ties, as OrderBy would keep them.
        orgs.Sort(static (a, b) =>
        {
            int c = a.Mention.Start.CompareTo(b.Mention.Start);
            if (c == 0) c = b.Mention.End.CompareTo(a.Mention.End);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        var sorted = new List<EntityMention>(orgs.Count);
        foreach (var (mention, _) in orgs) sorted.Add(mention);
        return sorted;
    }

    private static ReadOnlySpan<char> LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return name.AsSpan(space + 1).TrimEnd('.');
    }
}
