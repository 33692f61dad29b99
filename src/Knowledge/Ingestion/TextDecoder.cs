using System.Buffers;
using System.Text;

namespace Knowledge.Ingestion;

/// <summary>
/// Turns a file's bytes into text. With <see cref="InputEncoding.Auto"/>: decodes UTF-16 files that start with their
/// byte order mark, strips a UTF-8 byte order mark, reads a file that is not UTF-8 but holds no NUL byte as
/// Windows-1252 (with a warning), refuses binary files (NUL and other control bytes making up a third or more of
/// the first 8 KB, or invalid UTF-8 there beside NUL bytes), and replaces invalid UTF-8 found later (with a
/// warning). With <see cref="InputEncoding.Utf8"/>, invalid UTF-8 is an error naming the first bad byte; with a
/// single-byte encoding, every byte is one character. Stray NUL characters are kept, with a warning.
/// </summary>
internal static class TextDecoder
{
    /// <summary>How much of a file is checked for binary content.</summary>
    public const int SniffLength = 8192;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text, or null when the bytes cannot be read as text (an error is added).</summary>
    public static string? Decode(string path, byte[] bytes, InputEncoding encoding, List<Diagnostic> diagnostics)
    {
        if (encoding is InputEncoding.Windows1252 or InputEncoding.Latin1)
        {
            if (IsControlHeavy(bytes.AsSpan(0, Math.Min(bytes.Length, SniffLength)))) return Binary(path, diagnostics);
            var text = encoding == InputEncoding.Latin1 ? Encoding.Latin1.GetString(bytes) : Windows1252.GetString(bytes);
            return WarnNul(path, text, diagnostics);
        }
        if (encoding == InputEncoding.Auto && bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return WarnNul(path, utf16.GetString(bytes, 2, bytes.Length - 2), diagnostics);
        }
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var span = bytes.AsSpan(start);
        var head = span[..Math.Min(span.Length, SniffLength)];
        if (IsControlHeavy(head)) return Binary(path, diagnostics);
        int invalid = FirstInvalidUtf8(span);
        if (invalid < 0) return WarnNul(path, Strict.GetString(span), diagnostics);
        if (encoding == InputEncoding.Utf8) return NotUtf8(path, span, invalid, start, diagnostics);
        if (!span.Contains((byte)0))
        {
            var text = Windows1252.GetString(span);
            var (line, column) = new LineMap(text).Locate(invalid);
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path,
                $"not UTF-8 (byte 0x{span[invalid]:X2} at offset {start + invalid}); read as Windows-1252")
            {
                Line = line,
                Column = column,
            });
            return WarnNul(path, text, diagnostics);
        }
        if (HasInvalidUtf8(head, head.Length == span.Length)) return Binary(path, diagnostics);
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "invalid UTF-8 after the first 8 KB; replaced with U+FFFD"));
        return WarnNul(path, Lenient.GetString(span), diagnostics);
    }

    private static string? Binary(string path, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, "binary file (NUL bytes or invalid UTF-8 in the first 8 KB); skipped"));
        return null;
    }

    // Explicit UTF-8: the first bad byte, by file offset and by the line and column an editor shows.
    private static string? NotUtf8(string path, ReadOnlySpan<byte> span, int invalid, int start, List<Diagnostic> diagnostics)
    {
        var before = Strict.GetString(span[..invalid]);
        var (line, column) = new LineMap(before).Locate(before.Length);
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path,
            $"not valid UTF-8: byte 0x{span[invalid]:X2} at offset {start + invalid}; skipped (if the file is Windows-1252, read it with that encoding: --encoding windows-1252)")
        {
            Line = line,
            Column = column,
        });
        return null;
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

    /// <summary>The offset of the first byte that does not begin a valid UTF-8 sequence (a sequence cut by the end counts), or -1.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return -1;
        int i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed) != OperationStatus.Done) return i;
            i += consumed;
        }
        return -1;
    }

    /// <summary>What the first bytes of a file (after any byte order mark) show it to be.</summary>
    internal static HeadKind Classify(ReadOnlySpan<byte> head, bool isWholeFile)
    {
        if (IsControlHeavy(head)) return HeadKind.Binary;
        if (!HasInvalidUtf8(head, isWholeFile)) return HeadKind.Utf8;
        return head.Contains((byte)0) ? HeadKind.Binary : HeadKind.NotUtf8;
    }

    // Binary formats hold bytes that are not UTF-8 almost at once; valid UTF-8 is text unless NULs and other
    // control bytes make up a third of it (UTF-16 without its mark, zero-filled data). A few NULs in a short export
    // are stray control characters, read with a warning, so the good records around them are kept.
    private static bool IsControlHeavy(ReadOnlySpan<byte> head)
    {
        int controls = 0;
        foreach (byte b in head)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B)) controls++;
        return controls * 3 >= Math.Max(head.Length, 1);
    }

    private static bool HasInvalidUtf8(ReadOnlySpan<byte> head, bool isWholeFile)
    {
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
