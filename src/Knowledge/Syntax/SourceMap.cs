using System.Buffers;
using System.Collections.Immutable;
using Knowledge.Graph;
using Knowledge.Ingestion;

namespace Knowledge.Syntax;

/// <summary>
/// Maps ranges of a <see cref="Doc"/>'s text back to the field, or the file, they were read from: the blocks'
/// runs of consecutive source offsets, split where a line of a file starts, so each run is on one line. It is
/// small, so a document keeps it when its blocks and tokens are dropped, and the store keeps it with the
/// mentions: a graph resolved from a store carries the same source spans as one built in memory.
/// </summary>
internal sealed class SourceMap
{
    // Per run: start in the document text, length, field, start in the source, line (0: none), column.
    private const int Stride = 6;

    /// <param name="data">The runs, <see cref="Stride"/> numbers each, in text order (as <see cref="Data"/> gives them).</param>
    public SourceMap(int[] data)
    {
        if (data.Length % Stride != 0) throw new FormatException($"a source map holds runs of {Stride} numbers, not {data.Length}");
        Data = data;
    }

    /// <summary>The runs as stored.</summary>
    public int[] Data { get; }

    /// <summary>
    /// The map of a document's blocks. A file's body (a document with no record index) is mapped to offsets in the
    /// file, shifted past front matter, with lines and columns; every other field to offsets in the field's string.
    /// </summary>
    public static SourceMap Build(SourceDocument source, ImmutableArray<Block> blocks)
    {
        bool isFile = source.Origin.RecordIndex is null;
        LineMap? lines = isFile ? new LineMap(source.Body) : null;
        // Runs are gathered in a pooled buffer and copied once, at their final size. The blocks are an ImmutableArray, not
        // an IReadOnlyList: its enumerator is a struct, where the interface's was a boxed one per loop.
        int runCount = 0;
        foreach (var b in blocks) runCount += b.SourceOffsets.Count;
        var data = ArrayPool<int>.Shared.Rent(Math.Max(Stride * (runCount + 4), 16));
        int used = 0;
        foreach (var b in blocks)
        {
            bool inFile = isFile && b.Field == SourceField.Body;
            var runs = b.SourceOffsets;
            for (int r = 0; r < runs.Count; r++)
            {
                // A run of consecutive source offsets, split where a line of the file starts inside it.
                int start = runs.StartOf(r), length = runs.LengthOf(r), source0 = runs.SourceOf(r);
                for (int at = 0; at < length;)
                {
                    int from = source0 + at, next = length;
                    int line = 0, column = 0;
                    if (inFile)
                    {
                        next = Math.Min(length, lines!.NextLineStartAfter(from) - source0);
                        (line, column) = lines.Locate(from);
                        line += source.Origin.BodyLine - 1;
                        from += source.Origin.BodyOffset;
                    }
                    if (used + Stride > data.Length) Grow(ref data);
                    var run = data.AsSpan(used, Stride);
                    run[0] = b.Start + start + at;
                    run[1] = next - at;
                    run[2] = (int)b.Field;
                    run[3] = from;
                    run[4] = line;
                    run[5] = column;
                    used += Stride;
                    at = next;
                }
            }
        }
        var map = new SourceMap(data.AsSpan(0, used).ToArray());
        ArrayPool<int>.Shared.Return(data);
        return map;
    }

    // A file's runs split at line starts can outnumber the blocks' runs.
    private static void Grow(ref int[] data)
    {
        var bigger = ArrayPool<int>.Shared.Rent(data.Length * 2);
        data.CopyTo(bigger, 0);
        ArrayPool<int>.Shared.Return(data);
        data = bigger;
    }

    /// <summary>The source range of [<paramref name="start"/>, <paramref name="end"/>) in the text, or null when it is not within one field.</summary>
    public SourceSpan? Locate(int start, int end)
    {
        if (end <= start) return null;
        // Most ranges lie in one run: the end is looked for only when it is past the start's run.
        int a = RunAt(start), b = a >= 0 && end - 1 < Data[a] + Data[a + 1] ? a : RunAt(end - 1);
        if (a < 0 || b < 0 || Data[a + 2] != Data[b + 2]) return null;
        int line = Data[a + 4];
        return new SourceSpan((SourceField)Data[a + 2], Data[a + 3] + start - Data[a], Data[b + 3] + end - Data[b])
        {
            Line = line,
            Column = line > 0 ? Data[a + 5] + start - Data[a] : 0,
        };
    }

    // The index in Data of the run holding a text offset, or -1 (a separator between blocks).
    private int RunAt(int offset)
    {
        int lo = 0, hi = Data.Length / Stride - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1, at = mid * Stride;
            if (offset < Data[at]) hi = mid - 1;
            else if (offset >= Data[at] + Data[at + 1]) lo = mid + 1;
            else return at;
        }
        return -1;
    }
}
