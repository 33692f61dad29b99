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
internal static partial class MembershipRelations
{
    /// <summary>Between an organisation and the person it introduces: a comma and a title of capitalised words.</summary>
    [GeneratedRegex(@"^\s*,\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex IntroducedPerson();

    private static bool IsMembership(RelationType t) => t is RelationType.MemberOf or RelationType.PartOf;

    private static bool IsMember(RelationType t) => t == RelationType.MemberOf;

    public static void Find(Doc doc, RelationCues cues, RelationWords relationWords, Lexicon unitHeads, DirectQuoteSpans quotes, CueWords words, List<EntityMention> named, List<RelationMention> found)
    {
        named.Clear();
        foreach (var e in doc.Entities)
            if (e.Type is EntityType.Person or EntityType.Organization && !quotes.Contain(e)) named.Add(e);
        EntityOrder.ByStartLongestFirst(named);
        for (int j = 0; j < named.Count; j++)
        {
            var target = named[j];
            if (target.Type != EntityType.Organization) continue;
            int sentence = doc.SentenceIndexAt(target.Start);
            if (Stated(doc, cues, relationWords, words, named, j, sentence, found)) continue;
            if (j + 1 < named.Count && IntroducedAfter(doc, cues, relationWords, words, named, j, sentence) is { } after) { found.Add(after); continue; }
            if (j > 0 && OwnedUnit(doc, relationWords, unitHeads, named[j - 1], target) is { } owned) found.Add(owned);
        }
    }

    /// <summary>
    /// "X is a member of Y", "X, a division of Y": the nearest name before the cue that only small words
    /// separate from it, and the names listed with it ("X and Z are members of Y"). The relations are added to
    /// <paramref name="found"/> in the order of their members; false when none was.
    /// </summary>
    private static bool Stated(Doc doc, RelationCues cues, RelationWords slots, CueWords words, List<EntityMention> named, int j, int sentence, List<RelationMention> found)
    {
        var target = named[j];
        int first = found.Count;
        for (int i = j - 1; i >= 0 && i >= j - 3; i--)
        {
            var source = named[i];
            if (source.End > target.Start || doc.SentenceIndexAt(source.Start) != sentence) break;
            var gap = doc.SpanOf(source.End, target.Start);
            if (!MayHoldCue(cues, slots, gap) || !ReadGap(slots, gap, words)) continue;
            if (cues.Find(words, 0, IsMembership, slots, RelationSlot.MembershipFiller, mustEnd: true, after: RelationSlot.AfterCue) is not { } cue) continue;
            if (cue.Bare && HasOtherWord(slots, words, cue)) break;
            for (int k = i; k >= 0; k--)
            {
                var member = named[k];
                if (k < i && (member.End > named[k + 1].Start || !IsListed(slots, doc.SpanOf(member.End, named[k + 1].Start)))) break;
                if (member.Type == EntityType.Person && cue.Type != RelationType.MemberOf) continue;
                found.Add(new RelationMention(cue.Type, member, target, member.Start, target.End, cue.Phrase));
            }
            break;
        }
        // Found from the nearest member back: reversed, the first listed comes first.
        found.Reverse(first, found.Count - first);
        return found.Count > first;
    }

    /// <summary>
    /// False when the words between two names cannot be a membership statement, told from the first word alone: the
    /// cue reading takes every word up to the cue for a comma or a filler, so the first must be one of those or open a
    /// cue. A clause of company that <see cref="ReadGap"/> reads as a comma opens with one, so it cannot change a first
    /// word that is not one. Most gaps open with a word that fails, and are then not read and lower-cased word by word.
    /// </summary>
    private static bool MayHoldCue(RelationCues cues, RelationWords slots, ReadOnlySpan<char> gap)
    {
        int i = 0;
        while (i < gap.Length && char.IsWhiteSpace(gap[i])) i++;
        // No word: no cue. A comma, or a mark other than one (which the reading refuses), is left to the reading.
        if (i == gap.Length) return false;
        char c = gap[i];
        if (!char.IsLetter(c) && !char.IsNumber(c)) return true;
        // The first word as CueWords reads it, lower-cased as it does.
        int end = i + 1;
        while (end < gap.Length && (char.IsLetter(gap[end]) || char.IsNumber(gap[end]) || gap[end] is '\'' or '’' or '-')) end++;
        var word = gap[i..end];
        Span<char> lower = stackalloc char[64];
        if (word.Length > lower.Length) return true;
        int written = word.ToLowerInvariant(lower);
        if (written < 0) return true;
        lower = lower[..written];
        return cues.OpensCue(lower) || slots.Is(lower, RelationSlot.MembershipFiller);
    }

    /// <summary>
    /// Reads the words between two names as if each clause of company (<see cref="RelationWords.Company"/>) were a
    /// comma; false when other punctuation stands between. The clause needs two commas, so without them the regex is not run.
    /// </summary>
    private static bool ReadGap(RelationWords slots, ReadOnlySpan<char> gap, CueWords words)
    {
        words.Clear();
        int pos = 0;
        if (gap.Count(',') >= 2)
            foreach (var m in slots.Company.EnumerateMatches(gap))
            {
                if (!words.Append(gap[pos..m.Index])) return false;
                words.AppendComma();
                pos = m.Index + m.Length;
            }
        return words.Append(gap[pos..]);
    }

    /// <summary>Whether a word other than a comma, the bare cue itself, or a word that may follow the cue stands between.</summary>
    private static bool HasOtherWord(RelationWords slots, CueWords words, RelationCue cue)
    {
        for (int k = 0; k < words.Count; k++)
            if (!words.IsComma(k) && !words[k].SequenceEqual(cue.Phrase) && !slots.Is(words[k], RelationSlot.AfterCue)) return true;
        return false;
    }

    /// <summary>
    /// What joins two names of a list: a comma, a comma and a joining word, or a joining word ("and",
    /// "&amp;"), then perhaps an article ("the"); each word followed by white space.
    /// </summary>
    private static bool IsListed(RelationWords slots, ReadOnlySpan<char> gap)
    {
        var rest = gap.TrimStart();
        bool comma = rest.StartsWith(",");
        if (comma) rest = rest[1..].TrimStart();
        if (rest.Length > 0 && !char.IsWhiteSpace(gap[^1])) return false;
        // The words between white space, read in place: a list gap has at most two (a joining word, an article).
        var first = NextWord(ref rest);
        var second = NextWord(ref rest);
        if (!NextWord(ref rest).IsEmpty) return false;
        int count = first.IsEmpty ? 0 : second.IsEmpty ? 1 : 2;
        int w = 0;
        bool joined = count > 0 && slots.Is(first, RelationSlot.ListJoiner) && RelationText.IsLower(first);
        if (joined) w++;
        if (!comma && !joined) return false;
        var next = w == 0 ? first : second;
        if (w < count && slots.Is(next, RelationSlot.ListArticle) && RelationText.IsLower(next)) w++;
        return w == count;
    }

    /// <summary>The next word of <paramref name="rest"/> (a run of characters that are not white space), or empty; <paramref name="rest"/> moves past it.</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        int start = 0;
        while (start < rest.Length && char.IsWhiteSpace(rest[start])) start++;
        int end = start;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end])) end++;
        var word = rest[start..end];
        rest = rest[end..];
        return word;
    }

    /// <summary>"Another member of the Coast Guard, Lieutenant Ana Ruiz, said …": the person named right after the organisation.</summary>
    private static RelationMention? IntroducedAfter(Doc doc, RelationCues cues, RelationWords slots, CueWords words, List<EntityMention> named, int j, int sentence)
    {
        var target = named[j];
        var person = named[j + 1];
        if (person.Type != EntityType.Person || person.Start < target.End || doc.SentenceIndexAt(person.Start) != sentence) return null;
        if (!IntroducedPerson().IsMatch(doc.SpanOf(target.End, person.Start))) return null;
        int from = j > 0 && named[j - 1].End <= target.Start && doc.SentenceIndexAt(named[j - 1].Start) == sentence
            ? named[j - 1].End : doc.Sentences[sentence].Start;
        if (!words.Read(doc.SpanOf(from, target.Start)) || words.Count == 0) return null;
        // Only the words just before the organisation matter: "Another member of the" ends with the cue.
        for (int k = Math.Max(0, words.Count - 5); k < words.Count; k++)
            if (cues.Find(words, k, IsMember, slots, RelationSlot.MembershipFiller, mustEnd: true, after: RelationSlot.AfterCue) is { } cue
                && words[k].SequenceEqual(FirstWord(cue.Phrase)))
                return new RelationMention(RelationType.MemberOf, person, target, target.Start, person.End, cue.Phrase);
        return null;
    }

    /// <summary>The first word of a cue phrase (the phrase up to its first space).</summary>
    private static ReadOnlySpan<char> FirstWord(string phrase) => phrase.IndexOf(' ') is var space and >= 0 ? phrase.AsSpan(0, space) : phrase;

    /// <summary>"the Harbor Police's Fraud Division" and "the Fraud Division of the Harbor Police": a unit right beside its owner.</summary>
    private static RelationMention? OwnedUnit(Doc doc, RelationWords slots, Lexicon unitHeads, EntityMention before, EntityMention target)
    {
        if (before.Type != EntityType.Organization || before.End > target.Start) return null;
        var between = doc.SpanOf(before.End, target.Start);
        // "Y's U": the unit is the later name.
        if ((between.SequenceEqual("'s ") || between.SequenceEqual("’s ")) && UnitNames.HasUnitHead(target.Name, unitHeads))
            return new RelationMention(RelationType.PartOf, target, before, before.Start, target.End, "'s");
        // "U of the Y": the unit is the earlier name.
        if (OwnerLink(slots, between) is { } link && UnitNames.HasUnitHead(before.Name, unitHeads))
            return new RelationMention(RelationType.PartOf, before, target, before.Start, target.End, link);
        return null;
    }

    /// <summary>The owner link that makes up the text between two names (" of ", " of the "), or null.</summary>
    private static string? OwnerLink(RelationWords slots, ReadOnlySpan<char> between)
    {
        // Split at spaces, the text must be " link " or " link article ": a space at either end and one or two words between.
        if (between.Length < 2 || between[0] != ' ' || between[^1] != ' ') return null;
        var inner = between[1..^1];
        int space = inner.IndexOf(' ');
        var link = space < 0 ? inner : inner[..space];
        var article = space < 0 ? default : inner[(space + 1)..];
        if (space >= 0 && article.Contains(' ')) return null;
        if (!slots.Is(link, RelationSlot.OwnerLink) || !RelationText.IsLower(link)) return null;
        return space < 0 || (slots.Is(article, RelationSlot.OwnerArticle) && RelationText.IsLower(article)) ? link.ToString() : null;
    }
}
