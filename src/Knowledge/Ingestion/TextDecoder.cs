using System.Text;

namespace Knowledge.Ingestion;

/// <summary>
/// Turns a file's bytes into text: refuses binary files (invalid UTF-8, or NUL and other control bytes
/// making up a third or more, in the first 8 KB), strips a UTF-8 byte order mark, decodes UTF-16 files that start with their byte order
/// mark, and replaces invalid UTF-8 found later (with a warning). Stray NUL characters are kept, with a warning.
/// </summary>
internal static class TextDecoder
{
    /// <summary>How much of a file is checked for binary content.</summary>
    public const int SniffLength = 8192;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text, or null when the bytes are binary (an error is added).</summary>
    public static string? Decode(string path, byte[] bytes, List<Diagnostic> diagnostics)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return WarnNul(path, utf16.GetString(bytes, 2, bytes.Length - 2), diagnostics);
        }
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var span = bytes.AsSpan(start);
        if (LooksBinary(span[..Math.Min(span.Length, SniffLength)], span.Length <= SniffLength))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, "binary file (NUL bytes or invalid UTF-8 in the first 8 KB); skipped"));
            return null;
        }
        try
        {
            return WarnNul(path, Strict.GetString(span), diagnostics);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "invalid UTF-8 after the first 8 KB; replaced with U+FFFD"));
            return WarnNul(path, Lenient.GetString(span), diagnostics);
        }
    }

    // Text with a few NUL characters (a stray control character in an export) is read, with a warning at the first.
    private static string WarnNul(string path, string text, List<Diagnostic> diagnostics)
    {
        int nul = text.IndexOf('\0');
        if (nul < 0) return text;
        var (line, column) = new LineMap(text).Locate(nul);
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "NUL character in the text; read as a control character")
        {
            Line = line,
            Column = column,
        });
        return text;
    }

    /// <summary>Whether the first bytes of a file (after any byte order mark) show it is not text.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> head, bool isWholeFile)
    {
        // Binary formats hold bytes that are not UTF-8 almost at once; valid UTF-8 is text unless NULs and
        // other control bytes make up a third of it (UTF-16 without its mark, zero-filled data). A few NULs in
        // a short export are stray control characters, read with a warning, so the good records around them are kept.
        int controls = 0;
        foreach (byte b in head)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B)) controls++;
        if (controls * 3 >= Math.Max(head.Length, 1)) return true;
        var decoder = Strict.GetDecoder();
        var chars = new char[Strict.GetMaxCharCount(head.Length)];
        try
        {
            // flush: false lets a character cut at the 8 KB boundary pass.
            decoder.GetChars(head, chars, flush: isWholeFile);
            return false;
        }
        catch (DecoderFallbackException)
        {
            return true;
        }
    }
}
