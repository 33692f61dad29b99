using System.Runtime.InteropServices;

namespace Knowledge.Syntax;

/// <summary>
/// Builds a <see cref="SourceRuns"/> one character (or range) at a time: a character whose offset follows the
/// previous character's extends the last run, any other starts a new one, so no per-character array is made.
/// </summary>
internal sealed class SourceRunsBuilder
{
    // Per run: start among the characters, first source offset.
    private readonly List<int> _data = [];

    /// <summary>How many numbers the builder has room for before it grows (two a run).</summary>
    public int Capacity => _data.Capacity;

    /// <summary>How many characters are mapped so far.</summary>
    public int Length { get; private set; }

    /// <summary>Maps the next character to <paramref name="offset"/>.</summary>
    public void Add(int offset) => AddRange(offset, 1);

    /// <summary>Maps the next <paramref name="count"/> characters to consecutive offsets from <paramref name="from"/>.</summary>
    public void AddRange(int from, int count)
    {
        if (count <= 0) return;
        int n = _data.Count;
        if (n == 0 || _data[n - 1] + (Length - _data[n - 2]) != from)
        {
            _data.Add(Length);
            _data.Add(from);
        }
        Length += count;
    }

    /// <summary>Forgets the characters from <paramref name="length"/> on.</summary>
    public void Truncate(int length)
    {
        if (length >= Length) return;
        int n = _data.Count;
        while (n > 0 && _data[n - 2] >= length) n -= 2;
        _data.RemoveRange(n, _data.Count - n);
        Length = Math.Max(length, 0);
    }

    /// <summary>Forgets every character, to map another range with the same builder.</summary>
    public void Clear()
    {
        _data.Clear();
        Length = 0;
    }

    /// <summary>The runs built.</summary>
    public SourceRuns ToRuns() => Length == 0 ? SourceRuns.Empty : new SourceRuns([.. _data], Length);

    /// <summary>The runs of characters [<paramref name="start"/>, <paramref name="end"/>), re-indexed from 0: <c>ToRuns().Slice(start, end)</c> without the whole map's copy.</summary>
    public SourceRuns ToRuns(int start, int end) => SourceRuns.Slice(CollectionsMarshal.AsSpan(_data), Length, start, end);
}
