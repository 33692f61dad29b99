namespace Knowledge.Syntax;

/// <summary>
/// Where each character of a block came from in its source field, held as runs of consecutive source offsets
/// rather than one number per character. The runs are maximal: a run starts only where a character's offset does
/// not follow the previous character's, so they are exactly the runs a per-character map would compress into.
/// </summary>
internal sealed class SourceRuns
{
    // Per run: its start among the block's characters, its first source offset. Null for a block of one run (most
    // blocks: a title, a paragraph without markup), whose first source offset is _singleSource: no array for it.
    private readonly int[]? _data;
    private readonly int _singleSource;

    internal SourceRuns(int[] data, int length)
    {
        if (data.Length == 2 && data[0] == 0) _singleSource = data[1];
        else _data = data;
        Length = length;
    }

    // One run of length characters from source offset from.
    private SourceRuns(int from, int length)
    {
        _singleSource = from;
        Length = length;
    }

    /// <summary>No characters.</summary>
    public static SourceRuns Empty { get; } = new([], 0);

    /// <summary>The characters of [<paramref name="from"/>, <paramref name="from"/> + <paramref name="length"/>) of a field, in order.</summary>
    public static SourceRuns Contiguous(int from, int length) => length == 0 ? Empty : new(from, length);

    /// <summary>How many characters are mapped.</summary>
    public int Length { get; }

    /// <summary>How many runs.</summary>
    public int Count => _data is null ? 1 : _data.Length / 2;

    /// <summary>The index of the first character of run <paramref name="run"/>.</summary>
    public int StartOf(int run) => _data is null ? Single(run, 0) : _data[2 * run];

    /// <summary>How many characters run <paramref name="run"/> holds.</summary>
    public int LengthOf(int run) => _data is null ? Single(run, Length) : (run + 1 < Count ? _data[2 * run + 2] : Length) - _data[2 * run];

    /// <summary>The source offset of the first character of run <paramref name="run"/>.</summary>
    public int SourceOf(int run) => _data is null ? Single(run, _singleSource) : _data[2 * run + 1];

    // What a one-run map answers for its run 0; any other run is out of range, as in an array of one run.
    private static int Single(int run, int value) => run == 0 ? value : throw new IndexOutOfRangeException();

    /// <summary>The source offset of character <paramref name="index"/>.</summary>
    public int this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
            if (_data is null) return _singleSource + index;
            int run = RunOf(index);
            return _data[2 * run + 1] + index - _data[2 * run];
        }
    }

    /// <summary>The map of characters [<paramref name="start"/>, <paramref name="end"/>), re-indexed from 0.</summary>
    public SourceRuns Slice(int start, int end) =>
        start == 0 && end == Length ? this
        : _data is null ? (end <= start ? Empty : new SourceRuns(_singleSource + start, end - start))
        : Slice(_data, Length, start, end);

    /// <summary>
    /// The map of characters [<paramref name="start"/>, <paramref name="end"/>) of the runs <paramref name="data"/>
    /// (as <see cref="SourceRuns"/> holds them) over <paramref name="length"/> characters, re-indexed from 0: one
    /// array, of the runs kept.
    /// </summary>
    internal static SourceRuns Slice(ReadOnlySpan<int> data, int length, int start, int end)
    {
        if (end <= start) return Empty;
        if (start == 0 && end == length) return data.Length == 2 && data[0] == 0 ? new SourceRuns(data[1], length) : new SourceRuns(data.ToArray(), length);
        int first = RunOf(data, start), last = RunOf(data, end - 1);
        if (first == last) return new SourceRuns(data[2 * first + 1] + start - data[2 * first], end - start);
        var sliced = new int[2 * (last - first + 1)];
        sliced[0] = 0;
        sliced[1] = data[2 * first + 1] + start - data[2 * first];
        for (int r = first + 1, k = 2; r <= last; r++, k += 2)
        {
            sliced[k] = data[2 * r] - start;
            sliced[k + 1] = data[2 * r + 1];
        }
        return new SourceRuns(sliced, end - start);
    }

    // The run holding character index (0 <= index < Length).
    private int RunOf(int index) => RunOf(_data!, index);

    private static int RunOf(ReadOnlySpan<int> data, int index)
    {
        int lo = 0, hi = data.Length / 2 - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (data[2 * mid] <= index) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
