using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace Knowledge.Export;

/// <summary>
/// The bytes of a Neo4j CSV file being written: a pooled UTF-8 buffer (<see cref="PooledBytes"/>) and the encoding of
/// field text into it, byte for byte what a UTF-8 <see cref="StreamWriter"/> wrote for the characters the field
/// writer once passed it (a lone surrogate as U+FFFD; a surrogate pair split only by dropped controls joined again).
/// </summary>
/// <remarks>
/// The searches are ASCII only (as <see cref="Utf8XmlOutput"/>'s): a set holding a non-ASCII char falls back to a
/// slow probabilistic map on non-ASCII text, so the C1 controls are looked for apart, as a range.
/// </remarks>
internal sealed class Neo4jCsvText : IDisposable
{
    /// <summary>Characters that make a field quoted.</summary>
    private static readonly SearchValues<char> QuoteTriggers = SearchValues.Create(",\"\r\n");

    /// <summary>Characters that make an array item's field quoted: also ';', which the item carries as ','.</summary>
    private static readonly SearchValues<char> ArrayQuoteTriggers = SearchValues.Create(",\"\r\n;");

    /// <summary>The ASCII controls a field drops: all but tab, CR and LF (as <see cref="char.IsControl(char)"/> has them), and DEL.</summary>
    private static readonly SearchValues<char> DroppedAscii = SearchValues.Create(DroppedAsciiChars());

    /// <summary>
    /// The bytes of a transcoded field that need care: those of <see cref="FieldCareful"/>, and ',', CR and LF, which
    /// only make it quoted. All ASCII, so the search stays on its fast path (a set with a byte over 0x7F takes a path
    /// several times slower): the C1 controls, behind the lead byte 0xC2, are looked for apart, and only in non-ASCII text.
    /// </summary>
    private static readonly SearchValues<byte> FieldSpecial = SearchValues.Create([.. CarefulBytes(arrayItem: false), .. ",\r\n"u8]);

    /// <summary>As <see cref="FieldSpecial"/>, plus ';' (an array item carries it as ',').</summary>
    private static readonly SearchValues<byte> ArrayItemSpecial = SearchValues.Create([.. CarefulBytes(arrayItem: true), .. ",\r\n"u8]);

    /// <summary>The bytes of a transcoded field that send it the careful way: '"', the controls (not tab, CR or LF) and DEL.</summary>
    private static readonly SearchValues<byte> FieldCareful = SearchValues.Create(CarefulBytes(arrayItem: false));

    /// <summary>As <see cref="FieldCareful"/>, plus ';' (an array item carries it as ',').</summary>
    private static readonly SearchValues<byte> ArrayItemCareful = SearchValues.Create(CarefulBytes(arrayItem: true));

    /// <summary>The UTF-8 lead byte of U+0080–U+00BF.</summary>
    private const byte C1Lead = 0xC2;

    private byte[] _buffer;
    private char[] _chars = [];

    /// <summary>A buffer of <paramref name="capacity"/> bytes to start with, rented from the shared pool.</summary>
    public Neo4jCsvText(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>How many bytes are written; set lower to discard the last ones.</summary>
    public int Length { get; set; }

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(0, Length);

    /// <summary>Whether <paramref name="text"/> must be quoted for what it holds (a delimiter, a quote, a line break).</summary>
    public static bool NeedsQuotes(ReadOnlySpan<char> text, bool arrayItem) =>
        text.IndexOfAny(arrayItem ? ArrayQuoteTriggers : QuoteTriggers) >= 0;

    /// <summary>One ASCII byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Byte(byte b)
    {
        Ensure(1);
        _buffer[Length++] = b;
    }

    /// <summary>An integer's invariant digits.</summary>
    public void Integer(long value)
    {
        Ensure(Utf8Digits.MaxLength);
        Length = Utf8Digits.Write(_buffer, Length, value);
    }

    /// <summary>Text as UTF-8, as it is (lone surrogates as U+FFFD).</summary>
    public void Transcode(ReadOnlySpan<char> text)
    {
        Ensure(text.Length * 3);
        Utf8.FromUtf16(text, _buffer.AsSpan(Length), out _, out int written, replaceInvalidSequences: true);
        Length += written;
    }

    /// <summary>
    /// Transcodes <paramref name="text"/> and says whether its bytes are the field's as they are (<see cref="Neo4jCsvTextKind.Plain"/>),
    /// once quoted (<see cref="Neo4jCsvTextKind.Quoted"/>: a delimiter or a line break, nothing to double or drop), or need
    /// care (<see cref="Neo4jCsvTextKind.Careful"/>): the caller then discards them and writes the text <see cref="Escaped"/>.
    /// </summary>
    public Neo4jCsvTextKind TryPlain(ReadOnlySpan<char> text, bool arrayItem)
    {
        int start = Length;
        Transcode(text);
        var bytes = _buffer.AsSpan(start, Length - start);
        // 0xC2 leads U+0080–U+00BF, which hold the C1 controls (and a few harmless characters, sent the careful way too).
        if (bytes.Length != text.Length && bytes.IndexOf(C1Lead) >= 0) return Neo4jCsvTextKind.Careful;
        int at = bytes.IndexOfAny(arrayItem ? ArrayItemSpecial : FieldSpecial);
        if (at < 0) return Neo4jCsvTextKind.Plain;
        if (bytes[at] is not ((byte)',' or (byte)'\r' or (byte)'\n')) return Neo4jCsvTextKind.Careful;
        return bytes[(at + 1)..].IndexOfAny(arrayItem ? ArrayItemCareful : FieldCareful) < 0 ? Neo4jCsvTextKind.Quoted : Neo4jCsvTextKind.Careful;
    }

    /// <summary>Puts the bytes from <paramref name="start"/> on between quotes (a plain field with white space at an end).</summary>
    public void QuoteFrom(int start)
    {
        Ensure(2);
        _buffer.AsSpan(start, Length - start).CopyTo(_buffer.AsSpan(start + 1));
        _buffer[start] = (byte)'"';
        Length++;
        _buffer[Length++] = (byte)'"';
    }

    /// <summary>
    /// Writes <paramref name="text"/> with its controls dropped, '"' doubled and, in an array item, ';' as ','. The controls
    /// go first, so a surrogate pair they split is whole again, as it was in the writer's encoder.
    /// </summary>
    public void Escaped(ReadOnlySpan<char> text, bool arrayItem)
    {
        if (text.IndexOfAny(DroppedAscii) >= 0 || text.IndexOfAnyInRange('\u0080', '\u009F') >= 0) text = WithoutControls(text);
        int at;
        while ((at = arrayItem ? text.IndexOfAny('"', Neo4jCsv.ArrayDelimiter) : text.IndexOf('"')) >= 0)
        {
            Transcode(text[..at]);
            if (text[at] == '"')
            {
                Byte((byte)'"');
                Byte((byte)'"');
            }
            else
            {
                Byte((byte)Neo4jCsv.Delimiter);
            }
            text = text[(at + 1)..];
        }
        Transcode(text);
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        Length = 0;
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        var chars = _chars;
        _chars = [];
        if (chars.Length > 0) ArrayPool<char>.Shared.Return(chars);
    }

    /// <summary><paramref name="text"/> without the controls a field drops, in a buffer kept for the next such text.</summary>
    private ReadOnlySpan<char> WithoutControls(ReadOnlySpan<char> text)
    {
        if (_chars.Length < text.Length)
        {
            if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(text.Length);
        }
        int kept = 0;
        foreach (char c in text)
            if (!IsDropped(c)) _chars[kept++] = c;
        return _chars.AsSpan(0, kept);
    }

    /// <summary>A control other than tab, CR and LF, as <see cref="char.IsControl(char)"/> has them (C0, DEL, C1).</summary>
    private static bool IsDropped(char c) => char.IsControl(c) && c is not ('\t' or '\r' or '\n');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int more)
    {
        if (_buffer.Length - Length < more) PooledBytes.Ensure(ref _buffer, Length, more);
    }

    private static string DroppedAsciiChars()
    {
        var chars = new List<char>();
        for (char c = '\0'; c < 0x80; c++)
            if (IsDropped(c)) chars.Add(c);
        return new string(chars.ToArray());
    }

    private static byte[] CarefulBytes(bool arrayItem)
    {
        var bytes = new List<byte> { (byte)'"', 0x7F };
        for (byte b = 0; b < 0x20; b++)
            if (b is not ((byte)'\t' or (byte)'\r' or (byte)'\n')) bytes.Add(b);
        if (arrayItem) bytes.Add((byte)Neo4jCsv.ArrayDelimiter);
        return bytes.ToArray();
    }
}
