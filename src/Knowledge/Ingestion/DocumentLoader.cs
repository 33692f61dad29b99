using System.Collections.Immutable;
using System.IO.Enumeration;

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
    /// on bad input: every problem is a <see cref="Diagnostic"/>. Holds every document; a caller that
    /// handles documents one at a time uses <see cref="Stream"/> instead.
    /// </summary>
    public static LoadResult Load(IEnumerable<string> inputs, TextReader? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var diagnostics = new List<Diagnostic>();
        var documents = Stream(inputs, diagnostics.Add, standardInput).ToImmutableArray();
        return new LoadResult(documents, diagnostics.ToImmutableArray());
    }

    /// <summary>
    /// Reads every input lazily, one document at a time, with the guarantees of <see cref="Load"/>: the same
    /// documents, ids and diagnostics, in the same order. JSON Lines files are read line by line; any other file is
    /// read whole and its documents handed out one by one, so no more than one file's text is held at once.
    /// Each diagnostic goes to <paramref name="report"/> as soon as it is found, before the documents after it.
    /// </summary>
    /// <param name="inputs">Files, folders (searched recursively) or "-" for standard input.</param>
    /// <param name="report">Receives every warning and error.</param>
    /// <param name="standardInput">What "-" reads; the console's standard input when null.</param>
    /// <param name="bytesRead">Receives the number of bytes read from files since its last call (progress reporting); standard input is not counted.</param>
    /// <param name="options">
    /// How files are read (their encoding) and what is left out (<see cref="LoadOptions.Exclusions"/>: a folder's
    /// excluded files and folders are not read; an input file that is excluded is skipped with a warning);
    /// <see cref="LoadOptions.Default"/> when null.
    /// </param>
    public static IEnumerable<SourceDocument> Stream(IEnumerable<string> inputs, Action<Diagnostic> report, TextReader? standardInput = null, Action<long>? bytesRead = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(report);
        return StreamInputs(inputs, options ?? LoadOptions.Default, report, standardInput, bytesRead ?? (_ => { }));
    }

    /// <summary>The size in bytes of every file the inputs name (folders searched as <see cref="Stream"/> does; standard input not counted).</summary>
    public static long InputSize(IEnumerable<string> inputs) => InputSize(inputs, LoadOptions.Default);

    /// <summary>The size in bytes of every file the inputs name, leaving out what <paramref name="options"/> excludes, as <see cref="Stream"/> does.</summary>
    public static long InputSize(IEnumerable<string> inputs, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        long total = 0;
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input) ? FilesUnder(input, options.Exclusions, [])
                : File.Exists(input) && ExclusionOf(input, options.Exclusions) is null ? [input] : [];
            foreach (var file in files)
            {
                try
                {
                    total += new FileInfo(file).Length;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Unreadable files are reported when they are read; they add nothing to the size.
                }
            }
        }
        return total;
    }

    private static IEnumerable<SourceDocument> StreamInputs(IEnumerable<string> inputs, LoadOptions options, Action<Diagnostic> report, TextReader? standardInput, Action<long> bytesRead)
    {
        var encoding = options.Encoding;
        var diagnostics = new List<Diagnostic>();
        var ids = new DocumentIds();

        void Flush()
        {
            foreach (var diagnostic in diagnostics) report(diagnostic);
            diagnostics.Clear();
        }

        foreach (var input in inputs)
        {
            IEnumerable<SourceDocument> documents;
            if (input == StandardInputName)
                documents = ReadText(StandardInputName, StandardInputId, (standardInput ?? Console.In).ReadToEnd(), InputSniffer.Sniff, diagnostics);
            else if (Directory.Exists(input))
                documents = FilesUnder(input, options.Exclusions, diagnostics).SelectMany(file => ReadFile(file, encoding, diagnostics, bytesRead));
            else if (File.Exists(input) && ExclusionOf(input, options.Exclusions) is { } reason)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, input, $"not read: {reason}"));
                documents = [];
            }
            else if (File.Exists(input))
                documents = ReadFile(input, encoding, diagnostics, bytesRead);
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, input, "no such file or directory"));
                documents = [];
            }

            foreach (var document in documents)
            {
                var kept = ids.Claim(document, diagnostics);
                Flush();
                yield return kept;
            }
            Flush();
        }
    }

    // Why an input file named on its own is left out, or null: its path as given is matched against the patterns.
    private static string? ExclusionOf(string file, InputExclusions exclusions) => exclusions.ReasonForFile(file, file);

    // The files of a folder that are read, in ordinal path order (paths as Directory.EnumerateFiles gives them):
    // known extensions only, without what the exclusions leave out. A folder with nothing to read is reported.
    private static List<string> FilesUnder(string directory, InputExclusions exclusions, List<Diagnostic> diagnostics)
    {
        try
        {
            string root = InputExclusions.FullPath(directory);
            var toolFiles = exclusions.ToolFiles(root);
            string Relative(ref FileSystemEntry entry) =>
                Path.GetRelativePath(root, entry.ToFullPath()).Replace(Path.DirectorySeparatorChar, '/');
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
            var files = new FileSystemEnumerable<string>(directory, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), options)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                    !entry.IsDirectory && InputSniffer.IsKnown(entry.ToSpecifiedFullPath())
                    && exclusions.Reason(entry.ToFullPath(), Relative(ref entry), toolFiles) is null,
                ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                    !exclusions.ExcludesFolder(entry.ToFullPath(), Relative(ref entry)),
            }.ToList();
            files.Sort(StringComparer.Ordinal);
            if (files.Count == 0)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, directory, $"no file to read in this folder (read: {InputSniffer.KnownExtensions})"));
            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, directory, $"cannot list directory: {e.Message}"));
            return [];
        }
    }

    // JSON Lines are streamed from the file line by line unless the file is UTF-16, not UTF-8 or read in an encoding
    // given explicitly: those are decoded whole.
    private static IEnumerable<SourceDocument> ReadFile(string path, InputEncoding encoding, List<Diagnostic> diagnostics, Action<long> bytesRead)
    {
        if (encoding == InputEncoding.Auto && InputSniffer.ByExtension(path) == InputKind.JsonLines)
        {
            using var lines = Utf8LineReader.Open(path, diagnostics, out bool readWhole);
            if (lines is not null)
            {
                foreach (var document in JsonLinesFile.Read(path, lines, diagnostics, bytesRead)) yield return document;
                yield break;
            }
            if (!readWhole) yield break;
        }
        foreach (var document in ReadWholeFile(path, encoding, diagnostics, bytesRead)) yield return document;
    }

    private static IEnumerable<SourceDocument> ReadWholeFile(string path, InputEncoding encoding, List<Diagnostic> diagnostics, Action<long> bytesRead)
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
        bytesRead(bytes.Length);
        var text = TextDecoder.Decode(path, bytes, encoding, diagnostics);
        if (text is null) return [];
        var name = Path.GetFileNameWithoutExtension(path);
        return ReadText(path, name, text, t => InputSniffer.For(path, t), diagnostics);
    }

    private static IEnumerable<SourceDocument> ReadText(string path, string name, string text, Func<string, InputKind> kindOf, List<Diagnostic> diagnostics)
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

    // Records are mapped as they are handed out, so a file's documents are not all held at once.
    private static IEnumerable<SourceDocument> MapRecords(string path, string name, IEnumerable<JsonRecord> records, List<Diagnostic> diagnostics)
    {
        foreach (var record in records)
            if (JsonRecordMapper.Map(path, name, record, diagnostics) is { } doc) yield return doc;
    }
}
