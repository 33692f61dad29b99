using System.Collections.Immutable;

namespace Knowledge.Ingestion;

/// <summary>
/// Reads documents from files, directories (searched recursively) and standard input ("-"),
/// choosing a reader by content and extension. One bad file or record is reported and skipped;
/// everything else is read.
/// </summary>
public static class DocumentLoader
{
    /// <summary>The input name that means standard input.</summary>
    public const string StandardInputName = "-";

    /// <summary>The document id of plain text read from standard input.</summary>
    public const string StandardInputId = "stdin";

    /// <summary>
    /// Reads every input. "-" reads <paramref name="standardInput"/> (the console's when null).
    /// Documents come back in input order; a directory's files in ordinal path order. Never throws
    /// on bad input: every problem is a <see cref="Diagnostic"/>.
    /// </summary>
    public static LoadResult Load(IEnumerable<string> inputs, TextReader? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var documents = ImmutableArray.CreateBuilder<SourceDocument>();
        var diagnostics = new List<Diagnostic>();
        var ids = new DocumentIds();

        void Keep(IEnumerable<SourceDocument> docs)
        {
            foreach (var doc in docs) documents.Add(ids.Claim(doc, diagnostics));
        }

        foreach (var input in inputs)
        {
            if (input == StandardInputName)
                Keep(ReadText(StandardInputName, StandardInputId, (standardInput ?? Console.In).ReadToEnd(), InputSniffer.Sniff, diagnostics));
            else if (Directory.Exists(input))
                foreach (var file in FilesUnder(input, diagnostics)) Keep(ReadFile(file, diagnostics));
            else if (File.Exists(input))
                Keep(ReadFile(input, diagnostics));
            else
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, input, "no such file or directory"));
        }
        return new LoadResult(documents.ToImmutable(), diagnostics.ToImmutableArray());
    }

    private static List<string> FilesUnder(string directory, List<Diagnostic> diagnostics)
    {
        try
        {
            var files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(InputSniffer.IsKnown)
                .ToList();
            files.Sort(StringComparer.Ordinal);
            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, directory, $"cannot list directory: {e.Message}"));
            return [];
        }
    }

    private static List<SourceDocument> ReadFile(string path, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, $"cannot read file: {e.Message}"));
            return [];
        }
        var text = TextDecoder.Decode(path, bytes, diagnostics);
        if (text is null) return [];
        var name = Path.GetFileNameWithoutExtension(path);
        return ReadText(path, name, text, t => InputSniffer.For(path, t), diagnostics);
    }

    private static List<SourceDocument> ReadText(string path, string name, string text, Func<string, InputKind> kindOf, List<Diagnostic> diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "empty file"));
            return [];
        }
        var kind = kindOf(text);
        switch (kind)
        {
            case InputKind.Json:
                return MapRecords(path, name, JsonRecordsReader.Read(path, text, diagnostics), diagnostics);
            case InputKind.JsonLines:
                return MapRecords(path, name, JsonLinesReader.Read(path, text, diagnostics), diagnostics);
            default:
                var format = kind == InputKind.Markdown ? BodyFormat.Markdown : BodyFormat.PlainText;
                return [PlainTextReader.Read(path, name, text, format, diagnostics)];
        }
    }

    private static List<SourceDocument> MapRecords(string path, string name, List<JsonRecord> records, List<Diagnostic> diagnostics)
    {
        var docs = new List<SourceDocument>(records.Count);
        foreach (var record in records)
            if (JsonRecordMapper.Map(path, name, record, diagnostics) is { } doc) docs.Add(doc);
        return docs;
    }
}
