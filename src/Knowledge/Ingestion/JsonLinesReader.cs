using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>
/// Reads JSON Lines (.jsonl, .ndjson): one JSON object per line. A line that does not parse is an
/// error for that record only; the other lines are still read. Blank lines are skipped.
/// </summary>
internal static class JsonLinesReader
{
    /// <summary>Parses every non-blank line of <paramref name="text"/> as a record.</summary>
    public static List<JsonRecord> Read(string path, string text, List<Diagnostic> diagnostics)
    {
        var records = new List<JsonRecord>();
        int index = 0, lineNumber = 0;
        foreach (var (start, end) in TextLines.Ranges(text))
        {
            lineNumber++;

            var line = text.AsSpan(start, end - start);
            if (line.IsWhiteSpace()) continue;
            ReadLine(path, line.ToString(), index, lineNumber, records, diagnostics);
            index++;
        }
        return records;
    }

    private static void ReadLine(string path, string line, int index, int lineNumber, List<JsonRecord> records, List<Diagnostic> diagnostics)
    {
        var json = LenientJson.Prepare(line);
        try
        {
            var reader = new Utf8JsonReader(json.Bytes, LenientJson.ReaderOptions);
            reader.Read();
            var value = JsonElement.ParseValue(ref reader);
            while (reader.Read()) { }
            records.Add(new JsonRecord(value, index, lineNumber));
            foreach (int offset in json.LoneSurrogates)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "escaped lone surrogate (half of a UTF-16 pair) in a string; replaced with U+FFFD")
                {
                    RecordIndex = index,
                    Line = lineNumber,
                    Column = offset + 1,
                });
        }
        catch (JsonException e)
        {
            var at = json.Locate(e);
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, $"invalid JSON on this line, record skipped: {LenientJson.CleanMessage(e)}")
            {
                RecordIndex = index,
                Line = lineNumber,
                Column = at?.Column,
            });
        }
    }
}
