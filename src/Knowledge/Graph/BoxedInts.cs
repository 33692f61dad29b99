namespace Knowledge.Graph;

/// <summary>
/// Integers as property values (<c>object</c>), one shared box per small value: a quote's offsets are boxed four times
/// per quote otherwise, and every box outlives the stage with the graph (more for the GC to copy on to older generations).
/// </summary>
internal static class BoxedInts
{
    // Offsets in a document's text are mostly below this; above it a value is boxed as usual.
    private const int Cached = 8192;

    // Filled as values are asked for. Two threads boxing the same value at once store equal boxes: either serves.
    private static readonly object?[] Boxes = new object?[Cached];

    /// <summary>The value boxed, the same box for every call with a value from 0 to 8191.</summary>
    public static object Of(int value)
    {
        if ((uint)value >= Cached) return value;
        ref var box = ref Boxes[value];
        return box ??= value;
    }
}
