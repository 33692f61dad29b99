using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>
/// Reads the records of a JSON file: a records export <c>{"records":[…]}</c>, a top-level array of
/// records, or one object. Records are parsed one by one, so a syntax error loses only the records
/// from that point on; those before it are returned.
/// </summary>
internal static class JsonRecordsReader
{
    /// <summary>Parses <paramref name="text"/> into records, adding a diagnostic for any syntax error.</summary>
    public static List<JsonRecord> Read(string path, string text, List<Diagnostic> diagnostics)
    {
        var json = LenientJson.Prepare(text);
        var records = new List<JsonRecord>();
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
                records.Add(new JsonRecord(JsonElement.ParseValue(ref whole), 0, json.LocateByte(whole.TokenStartIndex).Line));
                ExpectEnd(ref whole);
                return records;
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, $"expected a JSON object or array, found {reader.TokenType}") { Line = 1, Column = 1 });
                return records;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int line = json.LocateByte(reader.TokenStartIndex).Line;
                records.Add(new JsonRecord(JsonElement.ParseValue(ref reader), index, line));
                index++;
            }
            // Whatever follows the records array (other properties, the closing brace) must be well-formed too.
            while (reader.Read()) { }
        }
        catch (JsonException e)
        {
            var at = json.Locate(e);
            var lost = inArray ? "; records from here on could not be read" : "";
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, $"invalid JSON: {LenientJson.CleanMessage(e)}{lost}")
            {
                Line = at?.Line,
                Column = at?.Column,
                RecordIndex = inArray ? index : null,
            });
        }
        return records;
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
