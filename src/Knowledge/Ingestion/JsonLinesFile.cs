using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>
/// Reads the documents of a UTF-8 JSON Lines file line by line. A line that needs no repair is parsed from its bytes
/// (see <see cref="StrictJsonLine"/>), so the common line is never decoded to a string nor copied; any other line is
/// decoded and read by <see cref="JsonLinesReader"/>, with the same records and diagnostics as a whole-file read.
/// </summary>
internal static class JsonLinesFile
{
    /// <summary>
    /// The documents of the file <paramref name="lines"/> reads, in order. Records are counted over the non-blank lines;
    /// line numbers count every line. <paramref name="bytesRead"/> hears of the bytes read up to each record.
    /// </summary>
    public static IEnumerable<SourceDocument> Read(string path, Utf8LineReader lines, List<Diagnostic> diagnostics, Action<long> bytesRead)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        bool anyText = false;
        long reported = 0;
        int index = 0;
        var scanned = new ScannedJsonLine();
        while (lines.TryReadLineBytes(out var bytes))
        {
            if (StrictJsonLine.IsBlank(bytes.Span)) continue;
            // The common record is scanned (see ScannedJsonLine); a line the scanner leaves goes the ways it went before.
            if (StrictJsonLine.NeedsNoRepair(bytes.Span) && scanned.TryScan(bytes))
            {
                index++;
                anyText = true;
                bytesRead(lines.BytesRead - reported);
                reported = lines.BytesRead;
                // Mapped before the next line is read: the scan reads the line reader's buffer.
                if (JsonRecordMapper.Map(path, name, scanned.Root, index - 1, lines.LineNumber, diagnostics) is { } scannedDocument) yield return scannedDocument;
                continue;
            }
            using var parsed = StrictJsonLine.TryParse(bytes);
            JsonRecord? record;
            if (parsed is not null)
            {
                record = new JsonRecord(parsed.RootElement, index, lines.LineNumber);
            }
            else
            {
                var line = lines.Decode(bytes.Span);
                // A BOM character left after the byte order mark is stripped, as for a whole file.
                if (lines.LineNumber == 1 && line.StartsWith('\uFEFF')) line = line[1..];
                if (line.AsSpan().IsWhiteSpace()) continue;
                record = JsonLinesReader.ReadLine(path, line, index, lines.LineNumber, diagnostics);
            }
            anyText = true;
            index++;
            if (record is not { } parsedRecord) continue;
            bytesRead(lines.BytesRead - reported);
            reported = lines.BytesRead;
            // Mapped before the next line is read: a strict record's document reads the line reader's buffer.
            if (JsonRecordMapper.Map(path, name, parsedRecord, diagnostics) is { } document) yield return document;
        }
        bytesRead(lines.BytesRead - reported);
        if (!anyText) diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "empty file"));
    }
}
