using System.Text.RegularExpressions;
using Knowledge.Extraction.Quotes;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Relations;

/// <summary>
/// Membership and parts as a sentence states them between two names:
/// "the Harbor Institute is a founding member of the Coastal Alliance", "Ana Ruiz, a member of the
/// Survivor Council," (MEMBER_OF); "the Fraud Unit, a division of the Harbor Police", "the Council,
/// attached to the Ministry of Health" (PART_OF); "another member of the Coast Guard, Lieutenant Ana
/// Ruiz," (the person after the organisation); and a unit named with its owner: "the Harbor Police's
/// Fraud Division", "the Fraud Division of the Harbor Police". The words between the names may be only
/// the cue (models/relation-cues.txt), a copula and a few modifiers ("is", "also", "a", "founding");
/// a clause set off by commas ("X, along with its partners, is a member of Y") is passed over.
/// People are members, never parts.
/// </summary>
internal static class MembershipRelations
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "has", "have", "had", "been", "became", "become", "becomes", "remains", "remain", "'s", "’s",
        "also", "now", "still", "already", "long", "proudly", "a", "an", "the", "one", "of", "its", "their", "our", "which", "who",
        "founding", "full", "active", "longtime", "long-time", "permanent", "associate", "core", "key", "proud", "new", "official",
        "charter", "original", "affiliated", "elected", "voting", "leading", "current", "regional", "national", "local",
        "international", "specialized", "specialised", "dedicated", "operating", "independent", "standing", "sister",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "its", "their", "our", "his", "her" };

    /// <summary>"X, along with its partners, is …": a clause between commas that adds company to the subject.</summary>
    private static readonly Regex Company = new(@",\s*(?:along|together)\s+with\s+[^,;()]{1,80},", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Between an organisation and the person it introduces: a comma and a title of capitalised words.</summary>
    private static readonly Regex IntroducedPerson = new(@"^\s*,\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static bool IsMembership(RelationType t) => t is RelationType.MemberOf or RelationType.PartOf;

    public static IEnumerable<RelationMention> Find(Doc doc, RelationCues cues, Lexicon unitHeads, DirectQuoteSpans quotes)
    {
        var named = doc.Entities.Where(e => e.Type is EntityType.Person or EntityType.Organization && !quotes.Contain(e))
            .OrderBy(e => e.Start).ThenByDescending(e => e.End).ToList();
        for (int j = 0; j < named.Count; j++)
        {
            var target = named[j];
            if (target.Type != EntityType.Organization) continue;
            int sentence = doc.SentenceIndexAt(target.Start);
            var stated = Stated(doc, cues, named, j, sentence);
            if (stated.Count > 0) { foreach (var r in stated) yield return r; continue; }
            if (j + 1 < named.Count && IntroducedAfter(doc, cues, named, j, sentence) is { } after) { yield return after; continue; }
            if (j > 0 && OwnedUnit(doc, unitHeads, named[j - 1], target) is { } owned) yield return owned;
        }
    }

    /// <summary>
    /// "X is a member of Y", "X, a division of Y": the nearest name before the cue that only small words
    /// separate from it, and the names listed with it ("X and Z are members of Y").
    /// </summary>
    private static List<RelationMention> Stated(Doc doc, RelationCues cues, List<EntityMention> named, int j, int sentence)
    {
        var target = named[j];
        var found = new List<RelationMention>();
        for (int i = j - 1; i >= 0 && i >= j - 3; i--)
        {
            var source = named[i];
            if (source.End > target.Start || doc.SentenceIndexAt(source.Start) != sentence) break;
            var between = Company.Replace(doc.Slice(source.End, target.Start), ",");
            if (RelationCues.Words(between) is not { } words) continue;
            if (cues.Find(words, IsMembership, Fillers, mustEnd: true, after: Determiners) is not { } cue) continue;
            if (cue.Phrase is "under" or "within" && words.Any(w => w != "," && w != cue.Phrase && !Determiners.Contains(w))) break;
            for (int k = i; k >= 0; k--)
            {
                var member = named[k];
                if (k < i && (member.End > named[k + 1].Start || !Listed.IsMatch(doc.Slice(member.End, named[k + 1].Start)))) break;
                if (member.Type == EntityType.Person && cue.Type != RelationType.MemberOf) continue;
                found.Add(new RelationMention(cue.Type, member, target, member.Start, target.End, cue.Phrase));
            }
            break;
        }
        found.Reverse();
        return found;
    }

    /// <summary>What joins two names of a list: a comma or "and", perhaps with "the".</summary>
    private static readonly Regex Listed = new(@"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>"Another member of the Coast Guard, Lieutenant Ana Ruiz, said …": the person named right after the organisation.</summary>
    private static RelationMention? IntroducedAfter(Doc doc, RelationCues cues, List<EntityMention> named, int j, int sentence)
    {
        var target = named[j];
        var person = named[j + 1];
        if (person.Type != EntityType.Person || person.Start < target.End || doc.SentenceIndexAt(person.Start) != sentence) return null;
        if (!IntroducedPerson.IsMatch(doc.Slice(target.End, person.Start))) return null;
        int from = j > 0 && named[j - 1].End <= target.Start && doc.SentenceIndexAt(named[j - 1].Start) == sentence
            ? named[j - 1].End : doc.Sentences[sentence].Start;
        if (RelationCues.Words(doc.Slice(from, target.Start)) is not { Count: > 0 } words) return null;
        // Only the words just before the organisation matter: "Another member of the" ends with the cue.
        for (int k = Math.Max(0, words.Count - 5); k < words.Count; k++)
            if (cues.Find(words.Skip(k).ToList(), t => t == RelationType.MemberOf, Fillers, mustEnd: true, after: Determiners) is { } cue
                && words[k] == cue.Phrase.Split(' ')[0])
                return new RelationMention(RelationType.MemberOf, person, target, target.Start, person.End, cue.Phrase);
        return null;
    }

    /// <summary>"the Harbor Police's Fraud Division" and "the Fraud Division of the Harbor Police": a unit right beside its owner.</summary>
    private static RelationMention? OwnedUnit(Doc doc, Lexicon unitHeads, EntityMention before, EntityMention target)
    {
        if (before.Type != EntityType.Organization || before.End > target.Start) return null;
        string between = doc.Slice(before.End, target.Start);
        // "Y's U": the unit is the later name.
        if (between is "'s " or "’s " && UnitNames.HasUnitHead(target.Name, unitHeads))
            return new RelationMention(RelationType.PartOf, target, before, before.Start, target.End, "'s");
        // "U of the Y": the unit is the earlier name.
        if (between is " of " or " of the " && UnitNames.HasUnitHead(before.Name, unitHeads))
            return new RelationMention(RelationType.PartOf, before, target, before.Start, target.End, "of");
        return null;
    }
}
