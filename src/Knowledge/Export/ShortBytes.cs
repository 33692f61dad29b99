using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Knowledge.Export;

/// <summary>The copy of the few bytes a JSON export copies millions of times: names, document ids, a layout's pieces.</summary>
internal static class ShortBytes
{
    /// <summary>
    /// Copies an encoded name, value or piece of JSON into room the caller has made: one of 4 to 16 bytes (most names,
    /// document ids' pieces, type names) as two overlapping loads and stores, with no call; others through
    /// <see cref="Span{T}.CopyTo"/>.
    /// Millions of these a large export: the call into the general copy cost more than the copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        int n = source.Length;
        if (n is >= 8 and <= 16)
        {
            ulong head = MemoryMarshal.Read<ulong>(source), tail = MemoryMarshal.Read<ulong>(source[(n - 8)..]);
            MemoryMarshal.Write(destination, in head);
            MemoryMarshal.Write(destination[(n - 8)..], in tail);
        }
        else if (n is >= 4 and < 8)
        {
            uint head = MemoryMarshal.Read<uint>(source), tail = MemoryMarshal.Read<uint>(source[(n - 4)..]);
            MemoryMarshal.Write(destination, in head);
            MemoryMarshal.Write(destination[(n - 4)..], in tail);
        }
        else
        {
            source.CopyTo(destination);
        }
    }
}
