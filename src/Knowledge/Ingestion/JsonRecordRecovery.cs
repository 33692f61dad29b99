using System.Collections.Immutable;
using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>
/// After a syntax error inside a records array, finds the records that follow the broken one: each
/// object that starts after a ',' '[' or '}' and parses on its own, and looks like a record, is read.
/// One broken record then costs only itself, not every record after it.
/// </summary>
internal static class JsonRecordRecovery
{
    private static readonly ImmutableArray<string> RecordKeys = ["fields", "text", "body", "content", "title", "slug", "id"];

    /// <summary>
    /// Reads the records that start after byte <paramref name="from"/> of <paramref name="json"/>'s bytes, numbering
    /// them from <paramref name="nextIndex"/>. A further broken record right after a recovered one is reported too.
    /// </summary>
    public static void Recover(string path, LenientJson json, long from, int nextIndex, List<JsonRecord> records,
        List<(int Line, int Column)> starts, List<Diagnostic> diagnostics)
    {
        var bytes = json.Bytes;
        int index = nextIndex;
        int expected = -1;
        for (int at = NextCandidate(bytes, (int)Math.Min(from, bytes.Length)); at >= 0;)
        {
            if (TryParseAt(bytes, at, out var value, out int end, out var error) && LooksLikeRecord(value))
            {
                var where = json.LocateByte(at);
                records.Add(new JsonRecord(value, index++, where.Line));
                starts.Add(where);
                expected = NextRecordStart(bytes, end);
                at = NextCandidate(bytes, end);
                continue;
            }
            if (at == expected)
            {
                // The record right after a recovered one is broken too.
                var where = json.LocateByte(at);
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, $"invalid JSON in this record, skipped: {error ?? "not a record"}")
                {
                    RecordIndex = index++,
                    Line = where.Line,
                    Column = where.Column,
                });
            }
            at = NextCandidate(bytes, at + 1);
        }
    }

    // The next '{' at or after 'from' whose previous non-blank byte is ',', '[' or '}'; -1 when none.
    private static int NextCandidate(byte[] bytes, int from)
    {
        for (int i = Math.Max(from, 1); i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'{') continue;
            int p = i - 1;
            while (p >= 0 && IsBlank(bytes[p])) p--;
            if (p >= 0 && bytes[p] is (byte)',' or (byte)'[' or (byte)'}') return i;
        }
        return -1;
    }

    // After a record ending at 'end': where the next one starts when only ", {" lies between them, else -1.
    private static int NextRecordStart(byte[] bytes, int end)
    {
        int i = end;
        while (i < bytes.Length && IsBlank(bytes[i])) i++;
        if (i >= bytes.Length || bytes[i] != (byte)',') return -1;
        i++;
        while (i < bytes.Length && IsBlank(bytes[i])) i++;
        return i < bytes.Length && bytes[i] == (byte)'{' ? i : -1;
    }

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    private static bool TryParseAt(byte[] bytes, int at, out JsonElement value, out int end, out string? error)
    {
        var reader = new Utf8JsonReader(bytes.AsSpan(at), isFinalBlock: true, new JsonReaderState(LenientJson.ReaderOptions));
        try
        {
            reader.Read();
            value = JsonElement.ParseValue(ref reader);
            end = at + (int)reader.BytesConsumed;
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            value = default;
            end = at;
            error = LenientJson.CleanMessage(e);
            return false;
        }
    }

    private static bool LooksLikeRecord(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && RecordKeys.Any(k => value.TryGetProperty(k, out _));
}
