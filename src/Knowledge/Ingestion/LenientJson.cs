using System.Text;
using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>
/// Makes exported JSON parseable: raw control characters (tabs, line breaks, …) inside strings,
/// which System.Text.Json rejects, are replaced by their escapes. Keeps a map from the escaped
/// text back to the original, so parse errors are reported at the original line and column.
/// </summary>
internal sealed class LenientJson
{
    // Anchors where the escaped text and the original text line up again: (escaped offset, original offset, is inside an escape).
    private readonly List<(int Escaped, int Original, bool InEscape)> _anchors;
    // Built on first use: only a parse error or a record's position asks for lines and columns.
    private LineMap? _originalLines;
    private int[]? _escapedLineStarts;
    private int _cursorChars;
    private long _cursorBytes;

    private LenientJson(string original, string escaped, List<(int, int, bool)> anchors)
    {
        Original = original;
        Escaped = escaped;
        Bytes = Encoding.UTF8.GetBytes(escaped);
        _anchors = anchors;
    }

    private LineMap OriginalLines => _originalLines ??= new LineMap(Original);

    /// <summary>The text as read.</summary>
    public string Original { get; }

    /// <summary>The text with control characters inside strings escaped.</summary>
    public string Escaped { get; }

    /// <summary><see cref="Escaped"/> as UTF-8, ready for a <see cref="Utf8JsonReader"/>.</summary>
    public byte[] Bytes { get; }

    /// <summary>Reader options that are forgiving of comments and trailing commas.</summary>
    public static JsonReaderOptions ReaderOptions => new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Escapes control characters that occur inside JSON strings.</summary>
    public static LenientJson Prepare(string text)
    {
        var anchors = new List<(int, int, bool)>();
        var loneSurrogates = new List<int>();
        StringBuilder? sb = null;
        bool inString = false;
        int copiedUpTo = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!inString)
            {
                if (c == '"') inString = true;
                continue;
            }
            if (c == '\\')
            {
                int surrogate = SurrogateEscapeLength(text, i);
                if (surrogate < 0)
                {
                    // "\uD800" without its pair cannot become a .NET string: write U+FFFD in its place (same length).
                    sb ??= new StringBuilder(text.Length + 64);
                    sb.Append(text, copiedUpTo, i - copiedUpTo).Append("\\uFFFD");
                    copiedUpTo = i + 6;
                    loneSurrogates.Add(i);
                    i += 5;
                }
                else i += Math.Max(surrogate - 1, 1);
                continue;
            }
            if (c == '"') { inString = false; continue; }
            if (c >= ' ') continue;

            sb ??= new StringBuilder(text.Length + 64);
            sb.Append(text, copiedUpTo, i - copiedUpTo);
            anchors.Add((sb.Length, i, true));
            sb.Append(Escape(c));
            copiedUpTo = i + 1;
            anchors.Add((sb.Length, copiedUpTo, false));
        }
        if (sb is null) return new LenientJson(text, text, anchors);
        sb.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return new LenientJson(text, sb.ToString(), anchors) { LoneSurrogates = loneSurrogates };
    }

    /// <summary>Original offsets of "\uD800"-style escapes of a surrogate without its pair, each replaced by "\uFFFD".</summary>
    public IReadOnlyList<int> LoneSurrogates { get; private init; } = [];

    // At a backslash: 12 for an escaped surrogate pair, -1 for an escaped lone surrogate, else 0.
    private static int SurrogateEscapeLength(string text, int i)
    {
        if (HexEscape(text, i) is not int u || u is < 0xD800 or > 0xDFFF) return 0;
        return u <= 0xDBFF && HexEscape(text, i + 6) is >= 0xDC00 and <= 0xDFFF ? 12 : -1;
    }

    private static int? HexEscape(string text, int i)
    {
        if (i + 5 >= text.Length || text[i] != '\\' || text[i + 1] != 'u') return null;
        return int.TryParse(text.AsSpan(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out int u) ? u : null;
    }

    private static string Escape(char c) => c switch
    {
        '\t' => "\\t",
        '\n' => "\\n",
        '\r' => "\\r",
        '\b' => "\\b",
        '\f' => "\\f",
        _ => $"\\u{(int)c:X4}",
    };

    /// <summary>The original character offset of an offset in <see cref="Escaped"/>.</summary>
    public int ToOriginal(int escapedOffset)
    {
        int lo = 0, hi = _anchors.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_anchors[mid].Escaped <= escapedOffset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (found < 0) return Math.Min(escapedOffset, Original.Length);
        var (e, o, inEscape) = _anchors[found];
        return Math.Min(inEscape ? o : o + (escapedOffset - e), Original.Length);
    }

    /// <summary>The original 1-based line and column of a byte offset in <see cref="Bytes"/>.</summary>
    public (int Line, int Column) LocateByte(long byteOffset)
    {
        // Records come in increasing order: continue from the last position instead of rescanning.
        if (byteOffset < _cursorBytes) (_cursorChars, _cursorBytes) = (0, 0);
        int chars = CharOffset(_cursorChars, _cursorBytes, byteOffset);
        (_cursorChars, _cursorBytes) = (chars, byteOffset);
        return OriginalLines.Locate(ToOriginal(chars));
    }

    /// <summary>The original 1-based line and column of a reader error, or null when the error has no position.</summary>
    public (int Line, int Column)? Locate(JsonException error)
    {
        if (error.LineNumber is not long line || error.BytePositionInLine is not long bytes) return null;
        var starts = _escapedLineStarts ??= EscapedLineStarts();
        int lineStart = line < starts.Length ? starts[line] : starts[^1];
        return OriginalLines.Locate(ToOriginal(CharOffsetFromChar(lineStart, bytes)));
    }

    /// <summary>Locates a character offset of the original text.</summary>
    public (int Line, int Column) LocateOriginal(int offset) => OriginalLines.Locate(offset);

    /// <summary>The reader's message without its own (escaped-text) position suffix.</summary>
    public static string CleanMessage(JsonException error)
    {
        var m = error.Message;
        int cut = m.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = m.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut >= 0 ? m[..cut] : m).Trim();
    }

    private int[] EscapedLineStarts()
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < Escaped.Length; i++)
            if (Escaped[i] == '\n') starts.Add(i + 1);
        return starts.ToArray();
    }

    private int CharOffsetFromChar(int charStart, long bytes) => CharOffset(charStart, 0, bytes);

    // Walks from a char offset, counting UTF-8 bytes, until byteCount bytes past it.
    private int CharOffset(int charStart, long bytesSoFar, long byteTarget)
    {
        int i = charStart;
        long b = bytesSoFar;
        while (i < Escaped.Length && b < byteTarget)
        {
            char c = Escaped[i];
            if (char.IsHighSurrogate(c) && i + 1 < Escaped.Length && char.IsLowSurrogate(Escaped[i + 1])) { b += 4; i += 2; }
            else { b += c < 0x80 ? 1 : c < 0x800 ? 2 : 3; i++; }
        }
        return i;
    }
}
