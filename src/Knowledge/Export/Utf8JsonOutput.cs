using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Knowledge.Export;

/// <summary>
/// A forward-only JSON writer into a pooled UTF-8 buffer, laid out byte for byte as <see cref="Utf8JsonWriter"/> lays
/// out its output (compact, or indented by two spaces with "\n" line ends, empty containers as <c>[]</c> and <c>{}</c>)
/// and escaping strings as it does with the encoder of a <see cref="JsonStringEscaping"/> (by default knowledge.json's:
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, lone surrogates dropped).
/// </summary>
/// <remarks>
/// Why not <see cref="Utf8JsonWriter"/>: knowledge.json is millions of tiny tokens (a mention's document id, offsets
/// and span), and the writer's per-call work (state checks, growth checks, escaping and transcoding each string again)
/// was most of the export's cost. Here a name or value already encoded (<see cref="EncodeQuoted(string)"/>: structural
/// names, type names, document ids) is copied, and a string that needs no escaping (almost
/// all) is transcoded once and checked by one vectorised scan. The structure is the caller's to get right: nothing checks
/// that a value follows a name (the JSON export's specs read every file back and compare it with Utf8JsonWriter's bytes).
/// </remarks>
internal sealed class Utf8JsonOutput : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _indented;
    private readonly bool _crlf;
    private readonly JsonStringEscaping _escaping;
    private byte[] _buffer;
    private int _length;
    private int _depth;
    private bool _needsSeparator;
    private bool _afterName;
    private bool _afterStart;

    /// <param name="stream">Where <see cref="Flush"/> writes.</param>
    /// <param name="indented">Whether to indent by two spaces, a line per value, as Utf8JsonWriter's <c>Indented</c> does.</param>
    /// <param name="escaping">How strings are escaped; <see cref="JsonStringEscaping.Export"/> when null.</param>
    /// <param name="newLine">The line end of indented output, "\n" or "\r\n" (as Utf8JsonWriter's <c>NewLine</c> option).</param>
    /// <param name="initialCapacity">The first buffer's size in bytes.</param>
    public Utf8JsonOutput(Stream stream, bool indented, JsonStringEscaping? escaping = null, string newLine = "\n", int initialCapacity = 128 * 1024)
    {
        if (newLine is not ("\n" or "\r\n")) throw new ArgumentOutOfRangeException(nameof(newLine), "A JSON line end is \"\\n\" or \"\\r\\n\".");
        _stream = stream;
        _indented = indented;
        _crlf = newLine.Length == 2;
        _escaping = escaping ?? JsonStringEscaping.Export;
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    /// <summary>Bytes written and not yet flushed to the stream.</summary>
    public int BytesPending => _length;

    /// <summary><paramref name="value"/> as a JSON string, quotes included, escaped as <see cref="Utf8JsonWriter"/> escapes it (lone surrogates dropped).</summary>
    public static byte[] EncodeQuoted(string value) => EncodeQuoted(value, JsonStringEscaping.Export);

    /// <summary><paramref name="value"/> as a JSON string, quotes included, escaped as <paramref name="escaping"/> says.</summary>
    public static byte[] EncodeQuoted(string value, JsonStringEscaping escaping)
    {
        // Into a pooled buffer, with no writer made: a document id or property key is encoded once per export.
        var buffer = ArrayPool<byte>.Shared.Rent(value.Length * 3 + 2);
        int length = 0;
        escaping.AppendQuoted(ref buffer, ref length, value, value);
        var quoted = buffer.AsSpan(0, length).ToArray();
        ArrayPool<byte>.Shared.Return(buffer);
        return quoted;
    }

    public void StartObject() => Start((byte)'{');

    public void StartArray() => Start((byte)'[');

    public void EndObject() => End((byte)'}');

    public void EndArray() => End((byte)']');

    /// <summary>A property name already encoded with its quotes (<see cref="EncodeQuoted(string)"/>).</summary>
    public void Name(ReadOnlySpan<byte> quotedName)
    {
        StartProperty(quotedName, 0);
        _afterName = true;
        _afterStart = false;
    }

    /// <summary>A name and its value, both already encoded (as <see cref="Name"/> then <see cref="Encoded"/>, in one step).</summary>
    public void Property(ReadOnlySpan<byte> quotedName, ReadOnlySpan<byte> value)
    {
        StartProperty(quotedName, value.Length);
        ShortBytes.Copy(value, _buffer.AsSpan(_length));
        _length += value.Length;
        AfterValue();
    }

    /// <summary>A name, already encoded, and a number (as <see cref="Name"/> then <see cref="Number"/>, in one step).</summary>
    public void Property(ReadOnlySpan<byte> quotedName, long value)
    {
        StartProperty(quotedName, Utf8Digits.MaxLength);
        AppendInteger(value);
        AfterValue();
    }

    /// <summary>A name, already encoded, and a string value encoded here (as <see cref="Name"/> then <see cref="String(string)"/>).</summary>
    public void Property(ReadOnlySpan<byte> quotedName, string value)
    {
        Name(quotedName);
        String(value);
    }

    /// <summary>A name, already encoded, and a string value encoded here, or null when there is none.</summary>
    public void PropertyOrNull(ReadOnlySpan<byte> quotedName, string? value)
    {
        Name(quotedName);
        if (value is null) Null();
        else String(value);
    }

    private void StartProperty(ReadOnlySpan<byte> quotedName, int valueLength)
    {
        Ensure(quotedName.Length + valueLength + 5 + 2 * _depth);
        if (_needsSeparator) _buffer[_length++] = (byte)',';
        if (_indented) NewLine();
        ShortBytes.Copy(quotedName, _buffer.AsSpan(_length));
        _length += quotedName.Length;
        _buffer[_length++] = (byte)':';
        if (_indented) _buffer[_length++] = (byte)' ';
    }

    /// <summary>A value already encoded as JSON: a quoted string (<see cref="EncodeQuoted(string)"/>), a number or a literal.</summary>
    public void Encoded(ReadOnlySpan<byte> value)
    {
        BeforeValue(value.Length);
        ShortBytes.Copy(value, _buffer.AsSpan(_length));
        _length += value.Length;
        AfterValue();
    }

    /// <summary>A string value, encoded here.</summary>
    public void String(string value)
    {
        BeforeValue(0);
        AppendQuoted(value);
        AfterValue();
    }

    /// <summary>A string value given as characters (a date formatted on the stack, text joined in a buffer), encoded here.</summary>
    public void String(ReadOnlySpan<char> value)
    {
        BeforeValue(0);
        AppendQuoted(value, null);
        AfterValue();
    }

    public void Number(long value)
    {
        BeforeValue(Utf8Digits.MaxLength);
        AppendInteger(value);
        AfterValue();
    }

    /// <summary>A JSON null.</summary>
    public void Null() => Encoded("null"u8);

    /// <summary>
    /// Ends a line of JSON Lines after a top-level value: writes "\n", and the next value starts afresh (no comma before it),
    /// as a Utf8JsonWriter reset after each line writes it.
    /// </summary>
    public void EndLine()
    {
        Ensure(1);
        _buffer[_length++] = (byte)'\n';
        _needsSeparator = false;
        _afterStart = false;
    }

    /// <summary>A value of ASCII text written as it is (a formatted double, a literal).</summary>
    public void Raw(ReadOnlySpan<char> ascii)
    {
        BeforeValue(ascii.Length);
        _length += Encoding.ASCII.GetBytes(ascii, _buffer.AsSpan(_length));
        AfterValue();
    }

    /// <summary>Whether values are laid out a line each, indented (else compact).</summary>
    public bool IsIndented => _indented;

    /// <summary>Whether an indented line ends with "\r\n" (else "\n").</summary>
    public bool EndsLinesWithCrLf => _crlf;

    /// <summary>The depth of containers the next value is in.</summary>
    public int Depth => _depth;

    /// <summary>
    /// Room for a value of at most <paramref name="most"/> bytes that the caller lays out itself, straight into the buffer
    /// from <paramref name="at"/> (the separator and line before it written here, as before any value); <see cref="EndRawValue"/>
    /// takes where it ended, and no other call of the output may come between the two (one may grow the buffer). For a
    /// value written millions of times whose layout is fixed (a graph's provenance entries).
    /// </summary>
    public byte[] BeginRawValue(int most, out int at)
    {
        BeforeValue(most);
        at = _length;
        return _buffer;
    }

    /// <summary>Ends a value begun with <see cref="BeginRawValue"/>: <paramref name="end"/> is the position after its last byte.</summary>
    public void EndRawValue(int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, _length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, _buffer.Length);
        _length = end;
        AfterValue();
    }

    /// <summary>Writes the pending bytes to the stream.</summary>
    public void Flush()
    {
        if (_length == 0) return;
        _stream.Write(_buffer, 0, _length);
        _length = 0;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }

    private void Start(byte bracket)
    {
        BeforeValue(1);
        _buffer[_length++] = bracket;
        _depth++;
        _needsSeparator = false;
        _afterStart = true;
    }

    private void End(byte bracket)
    {
        _depth--;
        Ensure(3 + 2 * _depth);
        // Utf8JsonWriter writes an empty container on one line: [] and {}.
        if (_indented && !_afterStart) NewLine();
        _buffer[_length++] = bracket;
        _needsSeparator = true;
        _afterStart = false;
    }

    private void BeforeValue(int length)
    {
        Ensure(length + 3 + 2 * _depth);
        if (_afterName)
        {
            _afterName = false;
            return;
        }
        if (_needsSeparator) _buffer[_length++] = (byte)',';
        if (_indented && _depth > 0) NewLine();
    }

    private void AfterValue()
    {
        _needsSeparator = true;
        _afterStart = false;
    }

    /// <summary>A line end and the indentation of the current depth (the callers have made room for both).</summary>
    private void NewLine()
    {
        if (_crlf) _buffer[_length++] = (byte)'\r';
        int spaces = 2 * _depth;
        // Up to seven levels (all of knowledge.json's), the line end and the spaces are two eight-byte stores, written
        // past the line's end into the buffer's free room (what follows overwrites them): every value of an indented
        // export starts a line, and a fill or a copy of a few bytes cost more than both stores.
        var room = _buffer.AsSpan(_length);
        if (spaces <= 14 && room.Length >= 16)
        {
            MemoryMarshal.Write(room, in LineEndAndSevenSpaces);
            MemoryMarshal.Write(room[8..], in EightSpaces);
            _length += 1 + spaces;
            return;
        }
        _buffer[_length++] = (byte)'\n';
        _buffer.AsSpan(_length, spaces).Fill((byte)' ');
        _length += spaces;
    }

    /// <summary>"\n" and seven spaces, as the eight bytes of a number in the machine's order.</summary>
    private static readonly ulong LineEndAndSevenSpaces = MemoryMarshal.Read<ulong>("\n       "u8);

    private static readonly ulong EightSpaces = MemoryMarshal.Read<ulong>("        "u8);

    private void AppendQuoted(string value) => _escaping.AppendQuoted(ref _buffer, ref _length, value.AsSpan(), value);

    private void AppendQuoted(ReadOnlySpan<char> value, string? text) => _escaping.AppendQuoted(ref _buffer, ref _length, value, text);

    /// <summary>An integer's invariant digits, the room made by the caller (<see cref="Utf8Digits"/>, shared with the CSV export).</summary>
    private void AppendInteger(long value) => _length = Utf8Digits.Write(_buffer, _length, value);

    /// <summary>Makes room for <paramref name="more"/> bytes: a test inlined on every write, the growth out of line.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Ensure(int more)
    {
        if (_buffer.Length - _length < more) PooledBytes.Ensure(ref _buffer, _length, more);
    }
}
