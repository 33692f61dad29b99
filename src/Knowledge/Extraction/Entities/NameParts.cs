namespace Knowledge.Extraction.Entities;

/// <summary>
/// What a split reading (<see cref="SplitReading"/>) makes of a capitalised run: no split (the row does not apply), or
/// the zero, one or two runs it is cut into, read again in order. A value: a split is tried on every run, and a list
/// a successful split cost two objects.
/// </summary>
internal readonly struct NameParts
{
    // The number of parts plus one; 0, the default, when the reading does not split the run.
    private readonly int _countPlusOne;

    private NameParts(int count, NameChunk first, NameChunk second)
    {
        _countPlusOne = count + 1;
        First = first;
        Second = second;
    }

    /// <summary>The reading does not split the run.</summary>
    public static NameParts NoSplit => default;

    /// <summary>The run is split into nothing: none of its words names anything ("Minister of Rural Services").</summary>
    public static NameParts Nothing => new(0, default, default);

    /// <summary>Whether the reading split the run (into <see cref="Count"/> parts, maybe none).</summary>
    public bool IsSplit => _countPlusOne > 0;

    /// <summary>The number of parts, 0 to 2 (0 when not split).</summary>
    public int Count => Math.Max(0, _countPlusOne - 1);

    /// <summary>The first part, when there is one.</summary>
    public NameChunk First { get; }

    /// <summary>The second part, when there are two.</summary>
    public NameChunk Second { get; }

    /// <summary>The part at <paramref name="k"/> (0 or 1).</summary>
    public NameChunk this[int k] => (uint)k < (uint)Count ? k == 0 ? First : Second : throw new ArgumentOutOfRangeException(nameof(k));

    /// <summary>The run is split into one part.</summary>
    public static NameParts Of(NameChunk only) => new(1, only, default);

    /// <summary>The run is split into two parts, read in this order.</summary>
    public static NameParts Of(NameChunk first, NameChunk second) => new(2, first, second);
}
