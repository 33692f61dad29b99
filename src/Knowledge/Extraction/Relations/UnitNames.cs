using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    public static void Find(Doc doc, RelationWords words, Lexicon unitHeads, Lexicon places, List<RelationMention> found)
    {
        // One mention's parents and the ones already proposed, reused for every mention and document on this thread
        // (the relation finders run one after the other).
        var parents = t_parents ??= [];
        var seen = t_seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // A document names an organisation again and again: the parents of a name, unless the name as written holds an
        // apostrophe (then they depend on the writing too), are found once per document and their strings shared.
        var byName = t_byName ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
        byName.Clear();
        foreach (var m in doc.Entities)
        {
            if (m.Type != EntityType.Organization) continue;
            var written = doc.SpanOf(m.Start, m.End).Trim();
            bool byNameOnly = written.IndexOfAny('\'', '’') < 0;
            if (!byNameOnly || !byName.TryGetValue(m.Name, out var distinct))
            {
                distinct = DistinctParents(written, m.Name, words, unitHeads, places, parents, seen);
                if (byNameOnly) byName.Add(m.Name, distinct);
            }
            foreach (var parent in distinct)
                found.Add(new RelationMention(RelationType.PartOf, m, new EntityMention(EntityType.Organization, m.Start, m.End, parent, RelationRuleIds.UnitNameParent), m.Start, m.End, RelationRuleIds.NameCue)
                { TargetByName = true });
        }
        byName.Clear();
    }

    [ThreadStatic] private static List<string>? t_parents;
    [ThreadStatic] private static HashSet<string>? t_seen;
    [ThreadStatic] private static Dictionary<string, string[]>? t_byName;

    /// <summary>The parents a mention proposes, each once (ignoring case) and none equal to the name itself, the fullest first.</summary>
    private static string[] DistinctParents(ReadOnlySpan<char> written, string name, RelationWords words, Lexicon unitHeads, Lexicon places, List<string> parents, HashSet<string> seen)
    {
        parents.Clear();
        Parents(written, name, words, unitHeads, places, parents);
        if (parents.Count == 0) return [];
        seen.Clear();
        int kept = 0;
        // Compacted in place: the kept ones are never ahead of the one read.
        for (int i = 0; i < parents.Count; i++)
            if (seen.Add(parents[i]) && !string.Equals(parents[i], name, StringComparison.OrdinalIgnoreCase)) parents[kept++] = parents[i];
        return kept == 0 ? [] : CollectionsMarshal.AsSpan(parents)[..kept].ToArray();
    }

    /// <summary>Whether a name holds a unit's head word ("Fraud Division", "Office to Monitor Fraud", "Task Force on Floods").</summary>
    public static bool HasUnitHead(string name, Lexicon unitHeads) => HasUnitHead(name.AsSpan(), unitHeads);

    /// <summary>
    /// <see cref="HasUnitHead(string, Lexicon)"/> on a span: its words are those between spaces, and a capitalised word
    /// is looked up alone and with the next word after one space.
    /// </summary>
    private static bool HasUnitHead(ReadOnlySpan<char> name, Lexicon unitHeads)
    {
        Span<char> pair = stackalloc char[128];
        int i = 0;
        while (i < name.Length)
        {
            if (name[i] == ' ') { i++; continue; }
            int end = name[i..].IndexOf(' ') is var s and >= 0 ? i + s : name.Length;
            var word = name[i..end];
            if (char.IsUpper(word[0]))
            {
                if (unitHeads.Contains(word)) return true;
                int next = end;
                while (next < name.Length && name[next] == ' ') next++;
                if (next < name.Length)
                {
                    int nextEnd = name[next..].IndexOf(' ') is var t and >= 0 ? next + t : name.Length;
                    if (next == end + 1) { if (unitHeads.Contains(name[i..nextEnd])) return true; }
                    else if (word.Length + 1 + (nextEnd - next) <= pair.Length)
                    {
                        word.CopyTo(pair);
                        pair[word.Length] = ' ';
                        name[next..nextEnd].CopyTo(pair[(word.Length + 1)..]);
                        if (unitHeads.Contains(pair[..(word.Length + 1 + nextEnd - next)])) return true;
                    }
                    else if (unitHeads.Contains(word.ToString() + " " + name[next..nextEnd].ToString())) return true;
                }
            }
            i = end;
        }
        return false;
    }

    private static void Parents(ReadOnlySpan<char> written, string name, RelationWords slots, Lexicon unitHeads, Lexicon places, List<string> parents)
    {
        // "Harbor Police's Fraud Division": the owner is written before the possessive.
        int apostrophe = written.IndexOfAny('\'', '’');
        if (apostrophe > 0 && apostrophe + 2 < written.Length && written[apostrophe + 1] == 's' && written[apostrophe + 2] == ' '
            && HasUnitHead(written[(apostrophe + 3)..], unitHeads))
            parents.Add(Strip(slots, written[..apostrophe].ToString()));
        // "… Fraud Division (Northern Field Office)".
        int paren = name.LastIndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && name.EndsWith(')') && HasUnitHead(name.AsSpan()[(paren + 2)..^1], unitHeads)) parents.Add(name[..paren]);
        foreach (var dash in Dashes)
        {
            int at = name.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && HasUnitHead(name.AsSpan()[(at + dash.Length)..], unitHeads)) parents.Add(name[..at]);
        }
        // "Fraud Division of the Harbor Police".
        for (int l = 0; l < slots.OwnerLinks.Length; l++)
        {
            var link = slots.OwnerLinks[l];
            int of = name.IndexOf(slots.SpacedOwnerLinks[l], StringComparison.Ordinal);
            if (of > 0 && HasUnitHead(name.AsSpan(0, of), unitHeads))
            {
                var rest = name[(of + link.Length + 2)..];
                int space = rest.IndexOf(' ');
                parents.Add(space > 0 && slots.Is(rest[..space], RelationSlot.OwnerArticle) && rest[..space] == rest[..space].ToLowerInvariant() ? rest[(space + 1)..] : rest);
            }
        }
        // "Harbor Police Fraud Division", "Red Cross Kenya": a leading name, then a unit or a place.
        if (RelationText.SingleSpaced(name)) LeadingNames(name, slots, unitHeads, places, parents);
        else LeadingNamesSplit(name, slots, unitHeads, places, parents);
    }

    /// <summary>
    /// The leading names of a name whose words are separated by single spaces: the rest after word k is then a slice
    /// of it, as is the leading name, so only the parents found are copied.
    /// </summary>
    private static void LeadingNames(string name, RelationWords slots, Lexicon unitHeads, Lexicon places, List<string> parents)
    {
        var text = name.AsSpan();
        int wordEnd = name.Length;
        // Word k runs from start to wordEnd; the word before it ends at start - 1.
        for (int space = name.LastIndexOf(' '); space > 0; space = text[..space].LastIndexOf(' '))
        {
            int start = space + 1;
            var word = text[start..wordEnd];
            int previousStart = text[..space].LastIndexOf(' ') + 1;
            var previous = text[previousStart..space];
            wordEnd = space;
            if (!char.IsUpper(word[0]) || slots.Is(previous, RelationSlot.UnitNameConnector) || previous[^1] == ',' || !char.IsLetterOrDigit(previous[^1])) continue;
            var rest = text[start..];
            if (HasUnitHead(rest, unitHeads) || places.Contains(rest)) parents.Add(name[..space]);
        }
    }

    /// <summary><see cref="LeadingNames"/> for a name with other spacing: its words split and joined again.</summary>
    private static void LeadingNamesSplit(string name, RelationWords slots, Lexicon unitHeads, Lexicon places, List<string> parents)
    {
        var words = Words(name);
        for (int k = words.Length - 1; k >= 1; k--)
        {
            if (!char.IsUpper(words[k][0]) || slots.Is(words[k - 1], RelationSlot.UnitNameConnector) || words[k - 1].EndsWith(',') || !char.IsLetterOrDigit(words[k - 1][^1])) continue;
            var rest = string.Join(' ', words[k..]);
            if (HasUnitHead(rest, unitHeads) || places.Contains(rest)) parents.Add(string.Join(' ', words[..k]));
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
