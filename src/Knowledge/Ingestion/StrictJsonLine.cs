using System.Text.Json;
using System.Text.Unicode;

namespace Knowledge.Ingestion;

/// <summary>
/// Parses a JSON Lines line straight from its UTF-8 bytes when it needs none of <see cref="LenientJson"/>'s repairs:
/// no control byte (a raw tab or NUL), valid UTF-8, no byte order mark and no escaped surrogate. Such a line is read
/// without being decoded to a string and copied again; any other line, and any line that does not parse, is left to
/// the text path, which gives the diagnostics.
/// </summary>
internal static class StrictJsonLine
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>True when the line is empty or spaces only.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ') < 0;

    /// <summary>True when the bytes can be parsed as they are: the lenient reading would change nothing and warn of nothing.</summary>
    public static bool NeedsNoRepair(ReadOnlySpan<byte> line) =>
        line.IndexOfAnyInRange((byte)0, (byte)0x1F) < 0
        && !line.StartsWith("\uFEFF"u8)
        && Utf8.IsValid(line)
        && !HasSurrogateEscape(line);

    /// <summary>
    /// The parsed line, or null when it needs the lenient reading or does not parse. The document reads
    /// <paramref name="line"/> in place and rents its index from a pool: dispose it before the bytes are reused.
    /// </summary>
    public static JsonDocument? TryParse(ReadOnlyMemory<byte> line)
    {
        if (!NeedsNoRepair(line.Span)) return null;
        try
        {
            return JsonDocument.Parse(line, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // "\uD…" with a second hex digit 8–F: perhaps half of a surrogate pair, which the lenient reading checks.
    // An escaped backslash before the 'u' is taken for one too: that line only goes the slower way.
    private static bool HasSurrogateEscape(ReadOnlySpan<byte> line)
    {
        for (int from = 0; ;)
        {
            int found = line[from..].IndexOf("\\u"u8);
            if (found < 0) return false;
            int at = from + found;
            if (at + 3 < line.Length && (line[at + 2] | 0x20) == 'd' && line[at + 3] is (byte)'8' or (byte)'9' or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
                return true;
            from = at + 2;
        }
    }
}
