namespace Knowledge.Ingestion;

/// <summary>
/// Decodes Windows-1252 by table: bytes below 0x80 and from 0xA0 are the code points of ISO-8859-1; 0x80–0x9F
/// hold typographic quotes, dashes, € and a few letters. The five bytes the code page leaves undefined map to the
/// C1 control of the same number, as browsers do. No code-page provider is needed, so it works under NativeAOT.
/// </summary>
internal static class Windows1252
{
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>The text of the bytes: one character per byte.</summary>
    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            chars[i] = b is >= 0x80 and < 0xA0 ? High[b - 0x80] : (char)b;
        }
        return new string(chars);
    }
}
