using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>
/// A JSON Lines line read by a scanner of its own, for the common record: an object of strings, numbers, literals,
/// arrays and objects, without comments, trailing commas or escaped property names. <see cref="JsonDocument"/>
/// validated every escaped string byte by byte after <see cref="StrictJsonLine.NeedsNoRepair"/> had checked the
/// line, and unescaped each body into a buffer before decoding it; here a string's end is found by a vectorised
/// search and its text decoded once. A line the scanner does not take (anything outside that subset, any syntax
/// error) goes to <see cref="JsonDocument"/> as before, so a line is taken only where <see cref="JsonDocument"/> reads
/// it too, to the same values (the specs compare the two).
/// </summary>
internal sealed class ScannedJsonLine
{
    // Deeper values are left to JsonDocument (its limit is 64): a record is two or three levels deep.
    private const int MaxDepth = 16;

    // The values of the line in document order. An object's or array's entry counts the entries inside it, so its
    // next sibling is found by a jump; an object's children are its property names and values, alternately.
    private readonly record struct Entry(JsonValueKind Kind, int Start, int End, bool Escaped, int Inside);

    private Entry[] _entries = new Entry[64];
    private int _count;
    private ReadOnlyMemory<byte> _line;

    /// <summary>
    /// Reads <paramref name="line"/>, which must need no repair (<see cref="StrictJsonLine.NeedsNoRepair"/>): true
    /// when it is one object the scanner takes. The entries read the line in place until the next scan.
    /// </summary>
    public bool TryScan(ReadOnlyMemory<byte> line)
    {
        _line = line;
        _count = 0;
        var bytes = line.Span;
        int at = SkipSpaces(bytes, 0);
        if (at >= bytes.Length || bytes[at] != '{') return false;
        if (!TryValue(bytes, ref at, 0)) return false;
        return SkipSpaces(bytes, at) == bytes.Length;
    }

    /// <summary>The root object (entry 0) of the line last scanned.</summary>
    public Fields Root => new(this, 0);

    private static int SkipSpaces(ReadOnlySpan<byte> bytes, int at)
    {
        // A line that needs no repair has no tab, CR or LF: a space is the only white space left.
        while (at < bytes.Length && bytes[at] == ' ') at++;
        return at;
    }

    private int Add(JsonValueKind kind, int start, int end, bool escaped)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, _count * 2);
        _entries[_count] = new Entry(kind, start, end, escaped, 0);
        return _count++;
    }

    private bool TryValue(ReadOnlySpan<byte> bytes, ref int at, int depth)
    {
        at = SkipSpaces(bytes, at);
        if (at >= bytes.Length) return false;
        switch (bytes[at])
        {
            case (byte)'{':
                return TryContainer(bytes, ref at, depth, JsonValueKind.Object, (byte)'}');
            case (byte)'[':
                return TryContainer(bytes, ref at, depth, JsonValueKind.Array, (byte)']');
            case (byte)'"':
                return TryString(bytes, ref at, name: false);
            case (byte)'t':
                return TryLiteral(bytes, ref at, "true"u8, JsonValueKind.True);
            case (byte)'f':
                return TryLiteral(bytes, ref at, "false"u8, JsonValueKind.False);
            case (byte)'n':
                return TryLiteral(bytes, ref at, "null"u8, JsonValueKind.Null);
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                return TryNumber(bytes, ref at);
            default:
                return false;
        }
    }

    private bool TryContainer(ReadOnlySpan<byte> bytes, ref int at, int depth, JsonValueKind kind, byte close)
    {
        if (depth >= MaxDepth) return false;
        int self = Add(kind, at, at, escaped: false);
        at = SkipSpaces(bytes, at + 1);
        if (at < bytes.Length && bytes[at] == close)
        {
            at++;
            return true;
        }
        while (true)
        {
            if (kind == JsonValueKind.Object)
            {
                at = SkipSpaces(bytes, at);
                if (at >= bytes.Length || bytes[at] != '"' || !TryString(bytes, ref at, name: true)) return false;
                at = SkipSpaces(bytes, at);
                if (at >= bytes.Length || bytes[at] != ':') return false;
                at++;
            }
            if (!TryValue(bytes, ref at, depth + 1)) return false;
            at = SkipSpaces(bytes, at);
            if (at >= bytes.Length) return false;
            if (bytes[at] == close)
            {
                at++;
                _entries[self] = _entries[self] with { Inside = _count - self - 1 };
                return true;
            }
            if (bytes[at] != ',') return false;
            at++;
            // A trailing comma (which JsonDocument allows here) is left to it.
            at = SkipSpaces(bytes, at);
            if (at < bytes.Length && bytes[at] == close) return false;
        }
    }

    // A string from its opening quote; a property name with an escape is left to JsonDocument.
    private bool TryString(ReadOnlySpan<byte> bytes, ref int at, bool name)
    {
        int start = at + 1;
        int i = start;
        bool escaped = false;
        while (true)
        {
            int next = bytes[i..].IndexOfAny((byte)'"', (byte)'\\');
            if (next < 0) return false;
            i += next;
            if (bytes[i] == '"') break;
            if (name) return false;
            escaped = true;
            if (i + 1 >= bytes.Length) return false;
            switch (bytes[i + 1])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    i += 2;
                    break;
                case (byte)'u':
                    if (i + 6 > bytes.Length || !IsHex(bytes[i + 2]) || !IsHex(bytes[i + 3]) || !IsHex(bytes[i + 4]) || !IsHex(bytes[i + 5])) return false;
                    i += 6;
                    break;
                default:
                    return false;
            }
        }
        Add(JsonValueKind.String, start, i, escaped);
        at = i + 1;
        return true;
    }

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');

    private bool TryLiteral(ReadOnlySpan<byte> bytes, ref int at, ReadOnlySpan<byte> literal, JsonValueKind kind)
    {
        if (!bytes[at..].StartsWith(literal)) return false;
        Add(kind, at, at + literal.Length, escaped: false);
        at += literal.Length;
        return true;
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, as JSON writes a number; what follows is checked by the caller.
    private bool TryNumber(ReadOnlySpan<byte> bytes, ref int at)
    {
        int start = at, i = at;
        if (bytes[i] == '-') i++;
        if (i >= bytes.Length || !IsDigit(bytes[i])) return false;
        if (bytes[i] == '0') i++;
        else i = DigitsEnd(bytes, i);
        if (i < bytes.Length && bytes[i] == '.')
        {
            if (i + 1 >= bytes.Length || !IsDigit(bytes[i + 1])) return false;
            i = DigitsEnd(bytes, i + 1);
        }
        if (i < bytes.Length && bytes[i] is (byte)'e' or (byte)'E')
        {
            i++;
            if (i < bytes.Length && bytes[i] is (byte)'+' or (byte)'-') i++;
            if (i >= bytes.Length || !IsDigit(bytes[i])) return false;
            i = DigitsEnd(bytes, i);
        }
        Add(JsonValueKind.Number, start, i, escaped: false);
        at = i;
        return true;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static int DigitsEnd(ReadOnlySpan<byte> bytes, int i)
    {
        while (i < bytes.Length && IsDigit(bytes[i])) i++;
        return i;
    }

    // The entry after entry i and everything inside it.
    private int NextSibling(int i) => i + 1 + _entries[i].Inside;

    // The value of the last property of the object at entry obj named name (JsonDocument's TryGetProperty finds the
    // last of equal names too), or -1.
    private int PropertyValue(int obj, string name)
    {
        var bytes = _line.Span;
        int found = -1;
        for (int i = obj + 1, end = NextSibling(obj); i < end; i = NextSibling(i + 1))
        {
            var entry = _entries[i];
            if (Ascii.Equals(bytes[entry.Start..entry.End], name)) found = i + 1;
        }
        return found;
    }

    // The text of a string entry (unescaped) or of a number entry (as written).
    private string Text(int i)
    {
        var entry = _entries[i];
        var bytes = _line.Span[entry.Start..entry.End];
        return entry.Escaped ? Unescape(bytes) : Encoding.UTF8.GetString(bytes);
    }

    // A string's text with its escapes decoded; the line holds no escaped surrogate (StrictJsonLine), so each escape is
    // one character.
    private static string Unescape(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        int length = 0;
        while (bytes.Length > 0)
        {
            int backslash = bytes.IndexOf((byte)'\\');
            var plain = backslash < 0 ? bytes : bytes[..backslash];
            length += Encoding.UTF8.GetChars(plain, buffer.AsSpan(length));
            if (backslash < 0) break;
            byte code = bytes[backslash + 1];
            buffer[length++] = code switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                (byte)'u' => (char)((HexValue(bytes[backslash + 2]) << 12) | (HexValue(bytes[backslash + 3]) << 8)
                    | (HexValue(bytes[backslash + 4]) << 4) | HexValue(bytes[backslash + 5])),
                _ => (char)code,
            };
            bytes = bytes[(backslash + (code == 'u' ? 6 : 2))..];
        }
        var text = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return text;
    }

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    /// <summary>An object of the scanned line, read as <see cref="JsonRecordMapper"/> reads a record.</summary>
    internal readonly struct Fields(ScannedJsonLine line, int entry) : IRecordFields<Fields>
    {
        /// <inheritdoc />
        public bool TryGetObject(string name, out Fields value)
        {
            int found = line.PropertyValue(entry, name);
            value = new Fields(line, found);
            return found >= 0 && line._entries[found].Kind == JsonValueKind.Object;
        }

        /// <inheritdoc />
        public string? StringOrNumber(string name)
        {
            int found = line.PropertyValue(entry, name);
            if (found < 0) return null;
            return line._entries[found].Kind is JsonValueKind.String or JsonValueKind.Number ? line.Text(found) : null;
        }

        /// <inheritdoc />
        public string[] Strings(string name)
        {
            int found = line.PropertyValue(entry, name);
            if (found < 0) return [];
            var kind = line._entries[found].Kind;
            if (kind == JsonValueKind.String) return [line.Text(found).Trim()];
            if (kind != JsonValueKind.Array) return [];
            var strings = new List<string>();
            for (int i = found + 1, end = line.NextSibling(found); i < end; i = line.NextSibling(i))
                if (line._entries[i].Kind == JsonValueKind.String) strings.Add(line.Text(i).Trim());
            return [.. strings];
        }
    }
}
