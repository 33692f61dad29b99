using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>
/// Reads the records of a JSON file: a records export <c>{"records":[…]}</c>, a top-level array of
/// records, or one object. Records are parsed one by one, so a syntax error loses only the records
/// from that point to the next record that parses (see <see cref="JsonRecordRecovery"/>).
/// </summary>
internal static class JsonRecordsReader
{
    /// <summary>Parses <paramref name="text"/> into records, adding a diagnostic for any syntax error.</summary>
    public static List<JsonRecord> Read(string path, string text, List<Diagnostic> diagnostics)
    {
        var json = LenientJson.Prepare(text);
        var records = new List<JsonRecord>();
        var starts = new List<(int Line, int Column)>();
        long resumeFrom = 0;
        var reader = new Utf8JsonReader(json.Bytes, LenientJson.ReaderOptions);
        int index = 0;
        bool inArray = false;
        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "empty file"));
                return records;
            }

            if (reader.TokenType == JsonTokenType.StartObject && SeekRecordsArray(ref reader))
            {
                inArray = true;
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                inArray = true;
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                // An object without a "records" array: the whole object is one record.
                var whole = new Utf8JsonReader(json.Bytes, LenientJson.ReaderOptions);
                whole.Read();
                var start = json.LocateByte(whole.TokenStartIndex);
                records.Add(new JsonRecord(JsonElement.ParseValue(ref whole), 0, start.Line));
                starts.Add(start);
                ExpectEnd(ref whole);
                WarnLoneSurrogates(path, json, records, starts, diagnostics);
                return records;
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, $"expected a JSON object or array, found {reader.TokenType}") { Line = 1, Column = 1 });
                return records;
            }

            resumeFrom = reader.BytesConsumed;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = json.LocateByte(reader.TokenStartIndex);
                records.Add(new JsonRecord(JsonElement.ParseValue(ref reader), index, start.Line));
                starts.Add(start);
                index++;
                resumeFrom = reader.BytesConsumed;
            }
            // Whatever follows the records array (other properties, the closing brace) must be well-formed too.
            while (reader.Read()) { }
        }
        catch (JsonException e)
        {
            var at = json.Locate(e);
            var lost = inArray ? "; record skipped" : "";
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, $"invalid JSON: {LenientJson.CleanMessage(e)}{lost}")
            {
                Line = at?.Line,
                Column = at?.Column,
                RecordIndex = inArray ? index : null,
            });
            if (inArray) JsonRecordRecovery.Recover(path, json, resumeFrom, index + 1, records, starts, diagnostics);
        }
        WarnLoneSurrogates(path, json, records, starts, diagnostics);
        return records;
    }

    // A warning for each "\uD800"-style escape that was replaced, naming the record it lies in.
    private static void WarnLoneSurrogates(string path, LenientJson json, List<JsonRecord> records, List<(int Line, int Column)> starts, List<Diagnostic> diagnostics)
    {
        foreach (int offset in json.LoneSurrogates)
        {
            var at = json.LocateOriginal(offset);
            int record = starts.FindLastIndex(s => s.CompareTo(at) <= 0);
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "escaped lone surrogate (half of a UTF-16 pair) in a string; replaced with U+FFFD")
            {
                RecordIndex = record >= 0 ? records[record].Index : null,
                Line = at.Line,
                Column = at.Column,
            });
        }
    }

    // Positioned on the top-level StartObject: moves to the StartArray of its "records" property.
    // Returns false (reader at the object's end) when there is none.
    private static bool SeekRecordsArray(ref Utf8JsonReader reader)
    {
        var probe = reader;
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            bool isRecords = probe.ValueTextEquals("records");
            probe.Read();
            if (isRecords && probe.TokenType == JsonTokenType.StartArray)
            {
                reader = probe;
                return true;
            }
            probe.Skip();
        }
        return false;
    }

    private static void ExpectEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read()) { }
    }
}
