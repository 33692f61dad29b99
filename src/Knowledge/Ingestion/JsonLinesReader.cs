using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>
/// Reads JSON Lines (.jsonl, .ndjson): one JSON object per line. A line that does not parse is an
/// error for that record only; the other lines are still read. Blank lines are skipped.
/// </summary>
internal static class JsonLinesReader
{
    /// <summary>Parses every non-blank line of <paramref name="text"/> as a record.</summary>
    public static IEnumerable<JsonRecord> Read(string path, string text, List<Diagnostic> diagnostics) =>
        Read(path, TextLines.Ranges(text).Select(r => text[r.Start..r.End]), diagnostics);

    /// <summary>
    /// Parses every non-blank line as a record, one line at a time: a caller that reads lines from a file holds
    /// one line and one record, never the whole file. Line numbers count every line, blank ones included.
    /// </summary>
    public static IEnumerable<JsonRecord> Read(string path, IEnumerable<string> lines, List<Diagnostic> diagnostics)
    {
        int index = 0, lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.AsSpan().IsWhiteSpace()) continue;
            if (ReadLine(path, line, index, lineNumber, diagnostics) is { } record) yield return record;
            index++;
        }
    }

    /// <summary>
    /// Parses one non-blank line leniently (see <see cref="LenientJson"/>): the record, or null with an error in
    /// <paramref name="diagnostics"/>; an escaped lone surrogate is replaced and warned of.
    /// </summary>
    internal static JsonRecord? ReadLine(string path, string line, int index, int lineNumber, List<Diagnostic> diagnostics)
    {
        var json = LenientJson.Prepare(line);
        try
        {
            var reader = new Utf8JsonReader(json.Bytes, LenientJson.ReaderOptions);
            reader.Read();
            var value = JsonElement.ParseValue(ref reader);
            while (reader.Read()) { }
            var record = new JsonRecord(value, index, lineNumber);
            foreach (int offset in json.LoneSurrogates)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "escaped lone surrogate (half of a UTF-16 pair) in a string; replaced with U+FFFD")
                {
                    RecordIndex = index,
                    Line = lineNumber,
                    Column = offset + 1,
                });
            return record;
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
            return null;
        }
    }
}
