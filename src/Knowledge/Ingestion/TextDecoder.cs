using System.Text;

namespace Knowledge.Ingestion;

/// <summary>
/// Turns a file's bytes into text: refuses binary files (a NUL byte or invalid UTF-8 in the first
/// 8 KB), strips a UTF-8 byte order mark, and replaces invalid UTF-8 found later (with a warning).
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
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var span = bytes.AsSpan(start);
        if (LooksBinary(span[..Math.Min(span.Length, SniffLength)], span.Length <= SniffLength))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, "binary file (NUL bytes or invalid UTF-8 in the first 8 KB); skipped"));
            return null;
        }
        try
        {
            return Strict.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "invalid UTF-8 after the first 8 KB; replaced with U+FFFD"));
            return Lenient.GetString(span);
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head, bool isWholeFile)
    {
        if (head.IndexOf((byte)0) >= 0) return true;
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
