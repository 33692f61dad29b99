using System.Collections.Frozen;
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
