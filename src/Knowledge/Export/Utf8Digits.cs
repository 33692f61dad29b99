namespace Knowledge.Export;

/// <summary>
/// An integer's invariant digits as UTF-8, written straight into a buffer: the JSON and CSV exports write millions of
/// small counts and offsets, and this skips the general formatter's call for them.
/// </summary>
internal static class Utf8Digits
{
    /// <summary>The most bytes <see cref="Write"/> writes (a negative 19-digit long).</summary>
    public const int MaxLength = 20;

    /// <summary>
    /// Writes <paramref name="value"/>'s invariant digits (as <see cref="long.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>
    /// writes them) at <paramref name="at"/>; the caller has made room for <see cref="MaxLength"/> bytes. Returns the
    /// position after them.
    /// </summary>
    public static int Write(byte[] buffer, int at, long value)
    {
        if ((ulong)value > uint.MaxValue)
        {
            if (!value.TryFormat(buffer.AsSpan(at), out int written, default, System.Globalization.CultureInfo.InvariantCulture))
                throw new ArgumentException($"No room for {MaxLength} bytes at {at} of a buffer of {buffer.Length}.", nameof(buffer));
            return at + written;
        }
        uint v = (uint)value;
        int end = at + DigitCount(v);
        at = end;
        while (v >= 100)
        {
            uint pair = v % 100;
            v /= 100;
            buffer[--at] = (byte)('0' + pair % 10);
            buffer[--at] = (byte)('0' + pair / 10);
        }
        if (v >= 10)
        {
            buffer[--at] = (byte)('0' + v % 10);
            v /= 10;
        }
        buffer[--at] = (byte)('0' + v);
        return end;
    }

    private static int DigitCount(uint v) =>
        v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10_000 ? 4 : v < 100_000 ? 5 : v < 1_000_000 ? 6
        : v < 10_000_000 ? 7 : v < 100_000_000 ? 8 : v < 1_000_000_000 ? 9 : 10;
}
