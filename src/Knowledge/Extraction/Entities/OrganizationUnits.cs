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
        if (!AnyOrganization(found, doc, JoinCue.SpacedDash)) return;
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
        if (!AnyOrganization(found, doc, JoinCue.Parenthesised)) return;
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

    /// <summary>What must stand around a mention for it to be joined to the one before.</summary>
    private enum JoinCue
    {
        /// <summary>White space, a dash and more white space or text before it ("Harbor Police – Fraud Division").</summary>
        SpacedDash,
        /// <summary>An opening parenthesis (and white space) before it and a closing one right after ("(Northern Field Office)").</summary>
        Parenthesised,
    }

    /// <summary>
    /// Whether some organisation stands where a join could be made: the text around it is what the joins ask for. Most
    /// documents have none, and then the organisations are not sorted at all.
    /// </summary>
    private static bool AnyOrganization(EntityMentionSet found, Doc doc, JoinCue cue)
    {
        var text = doc.Text;
        var items = found.Items;
        for (int i = 0; i < items.Count; i++)
        {
            var m = items[i];
            if (m.Type != EntityType.Organization || m.Start == 0) continue;
            if (cue == JoinCue.SpacedDash && !char.IsWhiteSpace(text[m.Start - 1])) continue;
            if (cue == JoinCue.Parenthesised && (m.End >= text.Length || text[m.End] != ')')) continue;
            int j = m.Start - 1;
            while (j >= 0 && char.IsWhiteSpace(text[j])) j--;
            if (j >= 0 && (cue == JoinCue.SpacedDash ? text[j] is '–' or '-' or '—' : text[j] == '(')) return true;
        }
        return false;
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
        var items = found.Items;
        // First the names that hold a defined acronym, with their slug spelt out (most documents have none) ...
        List<(EntityMention Mention, string Expanded)>? holding = null;
        for (int i = 0; i < items.Count; i++)
        {
            var m = items[i];
            if (m.Type != EntityType.Organization || m.SameAs is not null || EntityRuleIds.IsAcronymRule(m.Rule)) continue;
            if (ExpandedSlug(m.Name, expansions) is { } expanded) (holding ??= []).Add((m, expanded));
        }
        if (holding is null) return;
        // ... then the first organisation in text order (by start, the longest first) that has each of those slugs,
        // each name's slug written on the stack: only the few slugs looked for are strings.
        var fullerBySlug = new Dictionary<string, EntityMention?>(StringComparer.Ordinal);
        foreach (var (_, expanded) in holding) fullerBySlug[expanded] = null;
#if NET9_0_OR_GREATER
        var bySlug = fullerBySlug.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        Span<char> buffer = stackalloc char[256];
        for (int i = 0; i < items.Count; i++)
        {
            var o = items[i];
            if (o.Type != EntityType.Organization) continue;
            int length = Slug.TryWrite(o.Name, buffer);
            var slug = length >= 0 ? buffer[..length] : Slug.Of(o.Name).AsSpan();
#if NET9_0_OR_GREATER
            if (!bySlug.TryGetValue(slug, out string? key, out var best)) continue;
#else
            string key = slug.ToString();
            if (!fullerBySlug.TryGetValue(key, out var best)) continue;
#endif
            // Read in the order added, a later mention wins only when it comes first in text order.
            if (best is null || o.Start < best.Start || o.Start == best.Start && o.End > best.End) fullerBySlug[key] = o;
        }
        foreach (var (m, expanded) in holding)
            if (fullerBySlug[expanded] is { } fuller && fuller.Name != m.Name) found.Replace(m, m with { SameAs = fuller.Name });
    }

    /// <summary>
    /// The slug of a name of two words or more with each defined acronym among its words spelt out; null when it has
    /// fewer words or holds none (its words read as spans: only a name that holds one is split).
    /// </summary>
    private static string? ExpandedSlug(string name, Dictionary<string, string?> expansions)
    {
#if NET9_0_OR_GREATER
        var byAcronym = expansions.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        int words = 0;
        bool holdsAcronym = false;
        var rest = name.AsSpan();
        for (var word = NextWord(ref rest); word.Length > 0; word = NextWord(ref rest))
        {
            words++;
#if NET9_0_OR_GREATER
            holdsAcronym |= byAcronym.TryGetValue(word, out var e) && e is not null;
#else
            holdsAcronym |= expansions.TryGetValue(word.ToString(), out var e) && e is not null;
#endif
        }
        if (words < 2 || !holdsAcronym) return null;
        var split = name.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < split.Length; i++)
            if (expansions.TryGetValue(split[i], out var e) && e is not null) split[i] = e;
        return Slug.Of(string.Join(' ', split));
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
