using System.Text;

namespace Knowledge.Ingestion;

/// <summary>
/// Reads a UTF-8 file line by line without holding it whole, with the checks <see cref="TextDecoder"/> makes on a
/// whole file: a binary file is refused, a UTF-8 byte order mark is stripped, invalid UTF-8 is replaced (one
/// warning) and the first NUL character is reported with its line and column. Lines end at LF, CRLF or a lone CR,
/// as in <see cref="TextLines"/>. A file that starts with a UTF-16 byte order mark is not read here (see <see cref="Open"/>).
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly string _path;
    private readonly Stream _stream;
    private readonly List<Diagnostic> _diagnostics;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly MemoryStream _line = new();
    private int _position, _length;
    private bool _warnedInvalid, _warnedNul, _failed;

    private Utf8LineReader(string path, Stream stream, List<Diagnostic> diagnostics)
    {
        _path = path;
        _stream = stream;
        _diagnostics = diagnostics;
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Bytes consumed from the file so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>
    /// Opens <paramref name="path"/>. Returns null when the file cannot be read or is binary (an error is added), and
    /// sets <paramref name="readWhole"/> (returning null without a diagnostic) when it must be decoded whole instead:
    /// UTF-16, or not UTF-8 at all (perhaps Windows-1252, which <see cref="TextDecoder"/> decides on the whole file).
    /// </summary>
    public static Utf8LineReader? Open(string path, List<Diagnostic> diagnostics, out bool readWhole)
    {
        readWhole = false;
        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var head = new byte[TextDecoder.SniffLength + 3];
            int count = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (count >= 2 && (head[0], head[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            {
                readWhole = true;
                stream.Dispose();
                return null;
            }
            int start = count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
            long bodyLength = stream.Length - start;
            var sniffed = head.AsSpan(start, Math.Min(count - start, TextDecoder.SniffLength));
            var kind = TextDecoder.Classify(sniffed, bodyLength <= TextDecoder.SniffLength);
            if (kind == HeadKind.NotUtf8)
            {
                readWhole = true;
                stream.Dispose();
                return null;
            }
            if (kind == HeadKind.Binary)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, "binary file (NUL bytes or invalid UTF-8 in the first 8 KB); skipped"));
                stream.Dispose();
                return null;
            }
            stream.Position = start;
            var reader = new Utf8LineReader(path, stream, diagnostics) { BytesRead = start };
            stream = null;
            return reader;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, $"cannot read file: {e.Message}"));
            return null;
        }
    }

    /// <summary>The next line without its line break, or null at the end of the file (or after a read error, which is reported).</summary>
    public string? ReadLine() => TryReadLineBytes(out var line) ? Decode(line.Span) : null;

    /// <summary>
    /// The next line's raw bytes without its line break, or false at the end of the file (or after a read error, which
    /// is reported). The bytes are valid only until the next read; nothing is checked: <see cref="Decode"/> makes the
    /// checks of <see cref="ReadLine"/> on a line that is wanted as text.
    /// </summary>
    public bool TryReadLineBytes(out ReadOnlyMemory<byte> line)
    {
        _line.SetLength(0);
        bool any = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                line = any ? Line() : default;
                return any;
            }
            any = true;
            // Copy up to the next line break in one go rather than byte by byte.
            var rest = _buffer.AsSpan(_position, _length - _position);
            int brk = rest.IndexOfAny((byte)'\n', (byte)'\r');
            if (brk < 0)
            {
                _line.Write(rest);
                BytesRead += rest.Length;
                _position = _length;
                continue;
            }
            _line.Write(rest[..brk]);
            byte b = rest[brk];
            _position += brk + 1;
            BytesRead += brk + 1;
            if (b == (byte)'\r')
            {
                if (_position == _length) Fill();
                if (_position < _length && _buffer[_position] == (byte)'\n')
                {
                    _position++;
                    BytesRead++;
                }
            }
            line = Line();
            return true;
        }
    }

    // The line just read; counted here so that LineNumber names it whether or not it is decoded.
    private ReadOnlyMemory<byte> Line()
    {
        LineNumber++;
        return _line.GetBuffer().AsMemory(0, (int)_line.Length);
    }

    private bool Fill()
    {
        if (_failed) return false;
        try
        {
            _length = _stream.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            return _length > 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _failed = true;
            _length = _position = 0;
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, _path, $"cannot read file: {e.Message}") { Line = LineNumber + 1 });
            return false;
        }
    }

    /// <summary>
    /// The text of the line last read by <see cref="TryReadLineBytes"/>: invalid UTF-8 is replaced (one warning per
    /// file) and the first NUL character of the file is reported with its line and column.
    /// </summary>
    public string Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            if (!_warnedInvalid)
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, _path, "invalid UTF-8 after the first 8 KB; replaced with U+FFFD"));
            _warnedInvalid = true;
            text = Lenient.GetString(bytes);
        }
        if (!_warnedNul && text.IndexOf('\0') is int nul and >= 0)
        {
            _warnedNul = true;
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, _path, "NUL character in the text; read as a control character")
            {
                Line = LineNumber,
                Column = nul + 1,
            });
        }
        return text;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream.Dispose();
        _line.Dispose();
    }
}
