using System.Collections;
using System.Numerics;

namespace Knowledge.Lexicons;

/// <summary>
/// A set of words kept end to end in one character buffer, in the order first added, with an open-addressing table
/// of their indexes: what a long word list (thousands of given names or places) needs for its look-ups, without a
/// string and a hash-set entry a word. Words are compared as <see cref="StringComparison.Ordinal"/> or
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares them, so the set answers as a <see cref="HashSet{T}"/> of
/// strings with that comparer answers. As a list it reads back its words in order, each made a string when asked.
/// </summary>
/// <remarks>
/// The hash of a word of ASCII characters is computed here (its letters in one case when case is ignored), without the
/// randomised hash's cost; ignoring case, a word with any other character takes the comparison's own hash. That is
/// consistent with the comparison because no character outside ASCII equals one inside it ignoring case (a spec checks
/// every UTF-16 code unit), so two words equal ignoring case are both ASCII or both not.
/// </remarks>
internal sealed class PackedWords : IReadOnlyList<string>
{
    private readonly StringComparison _comparison;
    private char[] _chars;
    private int _charCount;

    // Word i is _chars[_starts[i].._starts[i + 1]].
    private int[] _starts;
    private int _count;

    // The hash of each word, beside it, so a probe compares characters only when the hashes are equal.
    private int[] _hashes;

    // The word's index plus one at its slot, 0 where no word is; at most half the slots are taken.
    private int[] _slots;

    /// <param name="ignoreCase">Whether words that differ only in case are one word.</param>
    /// <param name="capacity">The words expected (the set grows past it).</param>
    /// <param name="characters">The characters expected, all words together (the buffer grows past it).</param>
    public PackedWords(bool ignoreCase, int capacity = 16, int characters = 64)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        capacity = Math.Max(capacity, 4);
        _chars = new char[Math.Max(characters, 16)];
        _starts = new int[capacity + 1];
        _hashes = new int[capacity];
        _slots = new int[SlotsFor(capacity)];
    }

    /// <summary>The number of words.</summary>
    public int Count => _count;

    /// <summary>The word at an index (in the order added), as the characters kept.</summary>
    public ReadOnlySpan<char> WordAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        return _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
    }

    /// <summary>The word at an index, as a new string.</summary>
    public string this[int index] => WordAt(index).ToString();

    /// <summary>Whether the set holds a word equal to <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    /// <summary>The index of the word equal to <paramref name="word"/>, or -1 when there is none.</summary>
    public int IndexOf(ReadOnlySpan<char> word) => IndexOf(word, HashOf(word));

    /// <summary>Adds a word unless an equal one is there; whether it was added.</summary>
    public bool Add(ReadOnlySpan<char> word)
    {
        int hash = HashOf(word);
        if (IndexOf(word, hash) >= 0) return false;
        if (_count == _hashes.Length) Grow();
        if (_charCount + word.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        word.CopyTo(_chars.AsSpan(_charCount));
        _charCount += word.Length;
        _hashes[_count] = hash;
        _starts[_count + 1] = _charCount;
        _count++;
        Place(_count - 1, hash);
        return true;
    }

    private int HashOf(ReadOnlySpan<char> word)
    {
        // FNV-1a over the code units, the ASCII letters in upper case when case is ignored.
        uint hash = 2166136261;
        bool ignoreCase = _comparison == StringComparison.OrdinalIgnoreCase;
        foreach (char c in word)
        {
            uint unit = c;
            if (ignoreCase)
            {
                if (unit >= 128) return string.GetHashCode(word, _comparison);
                if (unit - 'a' <= 'z' - 'a') unit -= 'a' - 'A';
            }
            hash = (hash ^ unit) * 16777619;
        }
        return (int)(hash ^ (hash >> 15));
    }

    private int IndexOf(ReadOnlySpan<char> word, int hash)
    {
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            int taken = _slots[slot] - 1;
            if (taken < 0) return -1;
            if (_hashes[taken] == hash && word.Equals(WordAt(taken), _comparison)) return taken;
        }
    }

    private void Place(int index, int hash)
    {
        int mask = _slots.Length - 1;
        int slot = hash & mask;
        while (_slots[slot] != 0) slot = (slot + 1) & mask;
        _slots[slot] = index + 1;
    }

    private void Grow()
    {
        int capacity = _hashes.Length * 2;
        Array.Resize(ref _hashes, capacity);
        Array.Resize(ref _starts, capacity + 1);
        _slots = new int[SlotsFor(capacity)];
        for (int i = 0; i < _count; i++) Place(i, _hashes[i]);
    }

    // A power of two at least twice the words, so a probe meets an empty slot soon.
    private static int SlotsFor(int capacity) => (int)Math.Min(1L << 30, (long)BitOperations.RoundUpToPowerOf2((uint)capacity * 2));

    /// <summary>The words in the order added, each made a string.</summary>
    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
