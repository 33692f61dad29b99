using System.Text.RegularExpressions;
using Knowledge.Extraction.Quotes;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Relations;

/// <summary>
/// Where an organisation is, as its name or the sentence says: a name that ends with a place
/// ("Red Cross Kenya", "Regional Court of Port Aldin", "Trial Court in Riverton", places from
/// models/names/places.txt), or a place right after the name ("the Harbor Trust in Kenya", "the Harbor
/// Trust, based in Kenya"). A place read from a name is resolved by name over the corpus.
/// </summary>
internal static class OrganizationPlaces
{
    public static void Find(Doc doc, RelationWords words, NameLexicons names, DirectQuoteSpans quotes, List<EntityMention> entities, List<RelationMention> found)
    {
        entities.Clear();
        entities.AddRange(doc.Entities);
        EntityOrder.ByStart(entities);
        // A document names an organisation again and again: the place in a name is read once per name and document.
        var placeByName = t_placeByName ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        placeByName.Clear();
        for (int i = 0; i < entities.Count; i++)
        {
            var org = entities[i];
            if (org.Type != EntityType.Organization) continue;
            if (!placeByName.TryGetValue(org.Name, out var place)) placeByName.Add(org.Name, place = InName(words, org.Name, names));
            if (place is not null)
                found.Add(new RelationMention(RelationType.LocatedIn, org, new EntityMention(EntityType.Place, org.Start, org.End, place, RelationRuleIds.PlaceInName), org.Start, org.End, RelationRuleIds.NameCue)
                { TargetByName = true });
            else if (i + 1 < entities.Count && entities[i + 1] is { Type: EntityType.Place } next && next.Start >= org.End
                && doc.SentenceIndexAt(next.Start) == doc.SentenceIndexAt(org.Start)
                && !quotes.Contain(org.Start, next.End)
                && PlaceCue(words, doc, org.End, next.Start) is { } cue)
                found.Add(new RelationMention(RelationType.LocatedIn, org, next, org.Start, next.End, cue));
        }
        placeByName.Clear();
    }

    [ThreadStatic] private static Dictionary<string, string?>? t_placeByName;

    /// <summary>The cue of <see cref="RelationWords.PlaceAfter"/> matched on the text between a name and a place, or null.</summary>
    private static string? PlaceCue(RelationWords words, Doc doc, int start, int end)
    {
        var gap = doc.SpanOf(start, end);
        if (!words.MayPlaceAfter(gap)) return null;
        foreach (var m in words.PlaceAfter.EnumerateMatches(gap)) return Cue(gap.Slice(m.Index, m.Length).ToString());
        return null;
    }

    /// <summary>The place a name ends with: one to three words after "in", "of" or another word of the name.</summary>
    private static string? InName(RelationWords slots, string orgName, NameLexicons names)
    {
        var name = orgName.AsSpan();
        if (!RelationText.SingleSpaced(name)) return InNameSplit(slots, orgName, names);
        // The last four spaces, the last first: with single spaces, the last n words are the text after space n - 1.
        Span<int> spaces = stackalloc int[4];
        int count = 0;
        for (int at = name.Length - 1; at >= 0 && count < 4; at--)
            if (name[at] == ' ') spaces[count++] = at;
        var last = name[(count > 0 ? spaces[0] + 1 : 0)..];
        for (int n = Math.Min(3, count); n >= 1; n--)
        {
            var place = name[(spaces[n - 1] + 1)..];
            if (!char.IsUpper(place[0])) continue;
            // What IsPlace needs first: the place in the gazetteer, or a designator as its last word.
            if (!names.Places.Contains(place) && !names.PlaceDesignators.Contains(last)) continue;
            if (!names.IsPlace(place)) continue;
            var before = name[(n < count ? spaces[n] + 1 : 0)..spaces[n - 1]];
            if (IsLower(slots, before, RelationSlot.NamePlaceBreaker)) return null;
            return n < count || !IsLower(slots, before, RelationSlot.NamePlaceLink) ? place.ToString() : null;
        }
        return null;
    }

    /// <summary><see cref="InName"/> for a name with other spacing: its words split and joined again.</summary>
    private static string? InNameSplit(RelationWords slots, string orgName, NameLexicons names)
    {
        var words = orgName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            string place = string.Join(' ', words[^n..]);
            if (!names.IsPlace(place) || !char.IsUpper(place[0])) continue;
            int before = words.Length - n - 1;
            if (IsLower(slots, words[before], RelationSlot.NamePlaceBreaker)) return null;
            return before >= 1 || !IsLower(slots, words[before], RelationSlot.NamePlaceLink) ? place : null;
        }
        return null;
    }

    /// <summary>Whether a word, written in lower case, fills a slot.</summary>
    private static bool IsLower(RelationWords slots, string word, RelationSlot slot) => slots.Is(word, slot) && word == word.ToLowerInvariant();

    private static bool IsLower(RelationWords slots, ReadOnlySpan<char> word, RelationSlot slot) => slots.Is(word, slot) && RelationText.IsLower(word);

    private static string Cue(string between) => string.Join(' ', between.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
