using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Knowledge.Lexicons;

namespace Knowledge.Extraction.Relations;

/// <summary>
/// The function words around relation cues (models/relations/relation-words.txt) by slot, matched
/// case-insensitively, and the patterns built from them: a clause of company between commas and the
/// phrase that puts a place after a name.
/// </summary>
internal sealed class RelationWords
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private readonly FrozenDictionary<RelationSlot, FrozenSet<string>> _bySlot;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _spans;
#endif

    public RelationWords(LexiconSet lex)
    {
        var bySlot = new Dictionary<RelationSlot, List<string>>();
        foreach (var row in lex.Relations.Words.Rows)
        {
            if (row.Length < 2) continue;
            var slot = Enum.Parse<RelationSlot>(row[1].Replace("-", ""), ignoreCase: true);
            (bySlot.TryGetValue(slot, out var l) ? l : bySlot[slot] = []).Add(row[0]);
        }
        _bySlot = bySlot.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
#if NET9_0_OR_GREATER
        var slots = Enum.GetValues<RelationSlot>();
        _spans = new FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[slots.Max(s => (int)s) + 1];
        foreach (var slot in slots)
            _spans[(int)slot] = (_bySlot.TryGetValue(slot, out var set) ? set : FrozenSet<string>.Empty.ToFrozenSet(StringComparer.OrdinalIgnoreCase))
                .GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        OwnerLinks = [.. Of(RelationSlot.OwnerLink).Order(StringComparer.Ordinal)];
        SpacedOwnerLinks = [.. OwnerLinks.Select(l => $" {l} ")];
        Company = new Regex($@",\s*(?:{Alternation(RelationSlot.Company)})\s+[^,;()]{{1,80}},", RegexOptions.CultureInvariant, Timeout);
        PlaceAfter = new Regex(
            $@"^\s*(?:,\s*)?(?:(?:(?:{Alternation(RelationSlot.PlaceRelative)})\s+)?(?:{Alternation(RelationSlot.PlaceParticiple)})\s+(?:{Alternation(RelationSlot.PlacePreposition)})|(?:{Alternation(RelationSlot.PlacePreposition)}))\s+(?:(?:{Alternation(RelationSlot.PlaceArticle)})\s+)?(?:(?:{Alternation(RelationSlot.PlaceDivision)})\s+(?:{Alternation(RelationSlot.PlaceDivisionLink)})\s+)?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
        // The words PlaceAfter's match can open with. The test by them is exact only when its entries are ASCII and
        // spaced by single spaces (the regex's IgnoreCase and OrdinalIgnoreCase then agree); otherwise every gap is matched.
        string[] openers = [.. Of(RelationSlot.PlaceRelative), .. Of(RelationSlot.PlaceParticiple), .. Of(RelationSlot.PlacePreposition)];
        _placeOpenersExact = openers.All(w => Ascii.IsValid(w) && !w.Any(c => char.IsWhiteSpace(c) && c != ' '));
        var firstWords = openers.Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
        _placeOpeners = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _placeOpeners = firstWords;
#endif
    }

#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _placeOpeners;
#else
    private readonly FrozenSet<string> _placeOpeners;
#endif
    private readonly bool _placeOpenersExact;

    /// <summary>
    /// False when <see cref="PlaceAfter"/> cannot match the gap, told without the regex: after white space and an
    /// optional comma, its match opens with a word of a place slot followed by white space. Most gaps between a name
    /// and the next place open with another word. True means only that the regex must be asked.
    /// </summary>
    public bool MayPlaceAfter(ReadOnlySpan<char> gap)
    {
        if (!_placeOpenersExact) return true;
        int i = 0;
        while (i < gap.Length && char.IsWhiteSpace(gap[i])) i++;
        if (i < gap.Length && gap[i] == ',')
        {
            i++;
            while (i < gap.Length && char.IsWhiteSpace(gap[i])) i++;
        }
        int end = i;
        while (end < gap.Length && !char.IsWhiteSpace(gap[end])) end++;
        // The regex's \s is char.IsWhiteSpace; its first word must be followed by some. A word of other letters may still
        // match under the regex's case equivalences: asked.
        if (end == gap.Length) return false;
        var first = gap[i..end];
#if NET9_0_OR_GREATER
        return !Ascii.IsValid(first) || _placeOpeners.Contains(first);
#else
        return !Ascii.IsValid(first) || _placeOpeners.Contains(first.ToString());
#endif
    }

    /// <summary>A clause of company between commas: ", along with its partners,".</summary>
    public Regex Company { get; }

    /// <summary>What may stand between a name and the place it is in: ", based in the province of ".</summary>
    public Regex PlaceAfter { get; }

    /// <summary>The owner links ("of"), in ordinal order.</summary>
    public string[] OwnerLinks { get; }

    /// <summary>The owner links with a space on either side (" of "), in the order of <see cref="OwnerLinks"/>.</summary>
    public string[] SpacedOwnerLinks { get; }

    /// <summary>The words of a slot.</summary>
    public IReadOnlySet<string> Of(RelationSlot slot) => _bySlot.TryGetValue(slot, out var set) ? set : FrozenSet<string>.Empty;

    /// <summary>Whether a word fills a slot.</summary>
    public bool Is(string word, RelationSlot slot) => _bySlot.TryGetValue(slot, out var set) && set.Contains(word);

    /// <summary>Whether a word, as a span, fills a slot (case-insensitively, as <see cref="Is(string, RelationSlot)"/>).</summary>
#if NET9_0_OR_GREATER
    public bool Is(ReadOnlySpan<char> word, RelationSlot slot) => _spans[(int)slot].Contains(word);
#else
    public bool Is(ReadOnlySpan<char> word, RelationSlot slot) => Is(word.ToString(), slot);
#endif

    /// <summary>The entries of a slot as a regex alternation, each phrase's spaces matching any white space, longest first.</summary>
    private string Alternation(RelationSlot slot) =>
        string.Join("|", Of(slot).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => string.Join(@"\s+", w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));
}
