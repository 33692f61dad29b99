using System.Runtime.InteropServices;

namespace Knowledge.Lexicons;

/// <summary>
/// A word list from models/: one entry a line, '#' starts a comment, blank lines are ignored.
/// Lookups are case-insensitive unless the lexicon is created case-sensitive.
/// </summary>
public sealed class Lexicon
{
    // A list of up to LargestStringSet entries is looked up in a hash set of its strings; a longer one (given names,
    // places: thousands of entries) in the packed set that found its entries distinct: one buffer of characters and a
    // table of indexes, not a string and a hash-set entry a word (a third of a one-record run's start-up was making
    // those, and the collection that copied them). The short lists were frozen sets once: freezing them, with the
    // collection it brought on, was a seventh of a one-record run's instructions, and behind the first-character filter
    // (MayHold) their look-ups were no faster than a hash set's (within 0.5% of a 10x or 100x run's instructions). Either
    // set compares as the list's comparer, so it gives the same answers.
    internal const int LargestStringSet = 1024;
    private readonly HashSet<string>? _strings;
    private readonly PackedWords? _large;
#if NET9_0_OR_GREATER
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stringSpans;
#endif

    /// <summary>Creates a lexicon from entries.</summary>
    public Lexicon(string name, IEnumerable<string> entries, bool caseSensitive = false)
        : this(name, Distinct(entries, caseSensitive), caseSensitive)
    {
    }

    // The entries are trimmed, not empty and distinct under the lexicon's comparer, in the order first met: a short list
    // becomes strings in a hash set, a long one stays packed.
    private Lexicon(string name, PackedWords entries, bool caseSensitive)
    {
        Name = name;
        if (entries.Count > LargestStringSet)
        {
            _large = entries;
            Entries = entries;
        }
        else
        {
            var list = new string[entries.Count];
            for (int i = 0; i < list.Length; i++) list[i] = entries[i];
            _strings = new HashSet<string>(list, caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
            _stringSpans = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
            Entries = list;
        }
        (_firstsBelow64, _firstsFrom64, _lengthsByFirst) = FirstCharacters(entries, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
        int maxWords = 0;
        for (int i = 0; i < entries.Count; i++) maxWords = Math.Max(maxWords, WordCount(entries.WordAt(i)));
        MaxWords = maxWords;
    }

    private static PackedWords Distinct(IEnumerable<string> entries, bool caseSensitive)
    {
        var words = new PackedWords(ignoreCase: !caseSensitive);
        foreach (string raw in entries)
        {
            var entry = raw.AsSpan().Trim();
            if (entry.Length > 0) words.Add(entry);
        }
        return words;
    }

    // The words of an entry: what Split(' ', RemoveEmptyEntries) would count, without the strings.
    private static int WordCount(ReadOnlySpan<char> entry)
    {
        // Most entries are one word: a vectorised search says so without a test per character.
        if (!entry.Contains(' ')) return 1;
        int words = 0;
        for (int i = 0; i < entry.Length; i++)
            if (entry[i] != ' ' && (i == 0 || entry[i - 1] == ' ')) words++;
        return words;
    }

    /// <summary>The lexicon's name (its file name without extension).</summary>
    public string Name { get; }

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>The largest number of words in one entry.</summary>
    public int MaxWords { get; }

    /// <summary>Whether the lexicon holds an entry.</summary>
    public bool Contains(string entry) => (entry is not { Length: > 0 } || MayHold(entry)) && (_strings?.Contains(entry) ?? _large!.Contains(entry));

    /// <summary>Whether the lexicon holds an entry (span overload, allocation-free on .NET 9+).</summary>
#if NET9_0_OR_GREATER
    public bool Contains(ReadOnlySpan<char> entry) => (entry.IsEmpty || MayHold(entry)) && (_strings is not null ? _stringSpans.Contains(entry) : _large!.Contains(entry));
#else
    public bool Contains(ReadOnlySpan<char> entry) => (entry.IsEmpty || MayHold(entry)) && (_strings?.Contains(entry.ToString()) ?? _large!.Contains(entry));
#endif

    // The ASCII characters that equal (as the lexicon compares) the character some entry opens with, one bit a character.
    // Most words asked open with a character no entry opens with: a bit test answers them without hashing the word
    // (the lexicon lookups were a few per cent of a profile). It is exact: each bit is the comparer's own answer for
    // that ASCII character, and a word that opens with another character is looked up.
    private readonly ulong _firstsBelow64;
    private readonly ulong _firstsFrom64;

    // For an ASCII first character, the lengths (one bit a length, 63 and longer on bit 63) of the entries that open with
    // a character equal to it, shared by the four ASCII characters with the same low five bits ('k', 'K', '+', 0x0B): both
    // comparers (ordinal, ordinal ignoring case) only equate strings of one length, so a word whose length no such entry
    // has is in no entry, and is answered without hashing it. Sharing a slot only lets more words through to the lookup.
    private readonly ulong[] _lengthsByFirst;

    private bool MayHold(ReadOnlySpan<char> entry)
    {
        char first = entry[0];
        if (first >= 128) return true;
        if (((first < 64 ? _firstsBelow64 >> first : _firstsFrom64 >> (first - 64)) & 1) == 0) return false;
        return ((_lengthsByFirst[first & LengthSlotMask] >> Math.Min(entry.Length, 63)) & 1) != 0;
    }

    private const int LengthSlotMask = 31;

    private static (ulong Below64, ulong From64, ulong[] LengthsByFirst) FirstCharacters(PackedWords entries, StringComparison comparison)
    {
        ulong below64 = 0, from64 = 0;
        var lengthsByFirst = new ulong[LengthSlotMask + 1];
        // The entries' lengths by first character: the ASCII ones by character, the few others in a dictionary.
        Span<ulong> asciiLengths = stackalloc ulong[128];
        asciiLengths.Clear();
        Dictionary<char, ulong>? others = null;
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries.WordAt(i);
            ulong length = 1UL << Math.Min(entry.Length, 63);
            if (entry[0] < 128) asciiLengths[entry[0]] |= length;
            else CollectionsMarshal.GetValueRefOrAddDefault(others ??= [], entry[0], out _) |= length;
        }
        bool ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
        for (char a = '\0'; a < 128; a++)
        {
            // Two ASCII characters are equal as the comparers compare them when they are the same character or, ignoring
            // case, the two cases of one letter: a table look-up each, instead of asking the comparer of every first character.
            ulong lengths = asciiLengths[a];
            if (ignoreCase && char.IsAsciiLetter(a)) lengths |= asciiLengths[a ^ 0x20];
            bool equal = lengths != 0;
            // A non-ASCII first character is the comparer's own answer ("\u212A", the Kelvin sign, ignoring case), asked of
            // spans so no string is made.
            if (others is not null)
            {
                foreach (var (first, firstLengths) in others)
                {
                    if (!MemoryExtensions.Equals(new ReadOnlySpan<char>(in a), new ReadOnlySpan<char>(in first), comparison)) continue;
                    lengths |= firstLengths;
                    equal = true;
                }
            }
            if (!equal) continue;
            if (a < 64) below64 |= 1UL << a;
            else from64 |= 1UL << (a - 64);
            lengthsByFirst[a & LengthSlotMask] |= lengths;
        }
        return (below64, from64, lengthsByFirst);
    }

    /// <summary>Parses the text of a lexicon file.</summary>
    public static Lexicon Parse(string name, string text, bool caseSensitive = false) =>
        Parse(name, new LexiconLines(text), LexiconLines.MostLines(text), caseSensitive);

    /// <summary>Parses the lines of a lexicon file, of which there are at most <paramref name="mostLines"/>.</summary>
    internal static Lexicon Parse(string name, LexiconLines lines, int mostLines, bool caseSensitive)
    {
        // Each line is read in place and its entry copied into the packed set, which is sized for a line an entry (and
        // eight characters an entry, a word list's usual) so it seldom grows by doubling and copying: no entry becomes a
        // string unless the list is short enough for a hash set of strings (LargestStringSet).
        var words = new PackedWords(ignoreCase: !caseSensitive, mostLines, mostLines * 8);
        foreach (var line in lines)
        {
            var entry = line.Trim();
            if (!entry.IsEmpty) words.Add(entry);
        }
        return new Lexicon(name, words, caseSensitive);
    }
}
