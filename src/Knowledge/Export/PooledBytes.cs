using System.Buffers;

namespace Knowledge.Export;

/// <summary>A byte buffer rented from <see cref="ArrayPool{T}.Shared"/> that grows by renting a larger one and returning the old.</summary>
internal static class PooledBytes
{
    /// <summary>Makes room for <paramref name="more"/> bytes after the first <paramref name="length"/> of a pooled buffer.</summary>
    public static void Ensure(ref byte[] buffer, int length, int more)
    {
        if (buffer.Length - length >= more) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + more));
        buffer.AsSpan(0, length).CopyTo(larger);
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
