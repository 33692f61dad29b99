using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using Knowledge.Cli.Output;
using Knowledge.Export;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Store;
using Spectre.Console;

namespace Knowledge.Cli.Commands;

/// <summary>`knowledge extract`: read inputs, build the graph, write it as JSON, GraphML, JSON Lines of quotes, Neo4j CSV and an HTML view.</summary>
public static class ExtractCommand
{
    /// <summary>
    /// At a terminal (and without --quiet), more than this many documents show a progress bar while the pipeline runs
    /// (documents and megabytes analysed, time left), then a status while the exports are written; so does an input of
    /// at least <see cref="ProgressThresholdBytes"/>, however few documents. Smaller runs finish before a bar would help.
    /// </summary>
    public const int ProgressThreshold = 200;

    /// <summary>Inputs at least this large (bytes on disk, plus characters read from standard input) show a progress bar at a terminal; see <see cref="ProgressThreshold"/>.</summary>
    public const long ProgressThresholdBytes = 1_000_000;

    /// <summary>
    /// How extract runs the pipeline: it needs of the analyses only the graph, the sources and the diagnostics, so the
    /// documents keep neither tokens nor annotations, and each analysis can be collected once the graph has read it
    /// rather than be held beside the whole graph while it is built and written.
    /// </summary>
    internal static readonly PipelineRunOptions GraphOnly = new() { KeepTokens = false, KeepAnnotations = false };

    /// <summary>The values --format accepts.</summary>
    public static readonly IReadOnlyList<string> FormatNames = ["json", "graphml", "jsonl", "neo4j", "html", "all"];

    /// <summary>Creates the command, bound to the given streams.</summary>
    public static Command Create(CliContext context)
    {
        // A token such as "--bogus" would otherwise be taken as a file name.
        var inputs = GraphInputs.Argument("Files or folders to read (folders are searched recursively); \"-\" reads standard input.");
        var output = OutOption();
        var format = FormatOption();
        var yed = YedOption();
        var jsonIndent = JsonIndentOption.Create();
        var stats = new Option<bool>("--stats") { Description = "Print wall time, input MB, MB/s and peak working set." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print the summary table or the progress bar (diagnostics still go to standard error)." };
        var store = StoreAccess.Option("Add the documents to this store (created when absent; unchanged documents are skipped), then write the exports from the store's whole graph.");
        var batch = new Option<int>("--batch")
        {
            Description = $"With --store: how many documents are analysed together and written in one transaction (default {StoreOptions.DefaultBatchSize}); memory holds one batch.",
            DefaultValueFactory = _ => StoreOptions.DefaultBatchSize,
            HelpName = "N",
        };
        batch.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--batch must be 1 or more."); });
        var encoding = EncodingOption.Create();
        var curation = CurationOption.Create();
        var exclude = ExcludeOption.Create();

        var command = new Command("extract", "Read news texts and write their knowledge graph as JSON, GraphML, JSON Lines of quotes, Neo4j CSV and an HTML view.")
        {
            inputs, output, format, yed, jsonIndent, stats, quiet, store, batch, encoding, curation, exclude,
        };
        command.SetAction(parse => Execute(context, new ExtractOptions(
            parse.GetValue(inputs) ?? [],
            parse.GetValue(output) ?? "graph-output",
            ParseFormat(parse.GetValue(format) ?? "all") ?? ExportFormats.All,
            parse.GetValue(yed),
            parse.GetValue(stats),
            parse.GetValue(quiet))
        {
            Store = parse.GetValue(store),
            BatchSize = parse.GetValue(batch),
            Load = EncodingOption.Options(parse.GetValue(encoding)),
            Curation = parse.GetValue(curation),
            Exclude = parse.GetValue(exclude) ?? [],
            Json = JsonIndentOption.Options(parse.GetValue(jsonIndent)),
        }));
        return command;
    }

    /// <summary>The --out option: the folder the exports go to (default graph-output).</summary>
    internal static Option<string> OutOption() => new("--out", "-o")
    {
        Description = "The folder to write the exports to.",
        DefaultValueFactory = _ => "graph-output",
        HelpName = "DIR",
    };

    /// <summary>The --format option, validated by <see cref="ParseFormat"/> (default all).</summary>
    internal static Option<string> FormatOption() =>
        new Option<string>("--format", "-f")
        {
            Description = "What to write, comma-separated: json (knowledge.json), graphml (knowledge.graphml), jsonl (quotes.jsonl), neo4j (neo4j/*.csv for neo4j-admin import), html (knowledge.html, an interactive view of the graph) or all.",
            DefaultValueFactory = _ => "all",
            HelpName = "FORMAT[,FORMAT...]",
        }.Accepting("all", value => ParseFormat(value) is not null,
            value => $"Unknown --format value '{value}'. Use one or more of: {string.Join(", ", FormatNames)} (comma-separated).");

    /// <summary>The --yed option.</summary>
    internal static Option<bool> YedOption() => new("--yed") { Description = "Add yEd labels and a colour per node type to the GraphML." };

    /// <summary>
    /// Maps a --format value, one name or a comma-separated set ("json,neo4j"), to export formats; null when a
    /// name is unknown or none is given. Case and spaces around names are ignored.
    /// </summary>
    public static ExportFormats? ParseFormat(string value)
    {
        var formats = ExportFormats.None;
        foreach (var part in value.Split(','))
        {
            ExportFormats? one = part.Trim().ToLowerInvariant() switch
            {
                "json" => ExportFormats.Json,
                "graphml" => ExportFormats.GraphMl,
                "jsonl" => ExportFormats.JsonLines,
                "neo4j" => ExportFormats.Neo4j,
                "html" => ExportFormats.Html,
                "all" => ExportFormats.All,
                _ => null,
            };
            if (one is null) return null;
            formats |= one.Value;
        }
        return formats;
    }

    /// <summary>Runs the extraction; returns the exit code.</summary>
    public static int Execute(CliContext context, ExtractOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pipeline = CurationOption.TryPipeline(context, options.Curation);
        if (pipeline is null) return KnowledgeCommand.UsageError;
        if (!OutputFolder.Check(context, options.Out)) return KnowledgeCommand.UsageError;
        var outDir = Path.GetFullPath(options.Out);
        var loadOptions = ExcludeOption.Excluding(options.Load, options.Exclude, outDir);
        if (options.Store is not null) return StoreExtraction.Execute(context, options, loadOptions, pipeline);
        using var collections = BatchCollections.Enter();
        var clock = Stopwatch.StartNew();
        var console = SummaryPrinter.CreateConsole(context.Stdout, context.IsTerminal);

        var stdin = new CountingTextReader(context.Stdin);
        LoadResult load;
        KnowledgeResult result;
        // The inputs' size on disk, asked of the file system once, and only when the progress bar or --stats needs it.
        long? inputBytes = null;
        long InputSize() => inputBytes ??= InputBytes(load) + stdin.CharsRead;
        bool showProgress = false;
        if (context.IsTerminal && !options.Quiet)
        {
            // A progress bar may be shown, and it needs the totals up front: every input is read first.
            load = LoadInputs(options.Inputs, stdin, loadOptions);
            if (!ReportLoad(context, options.Inputs, load)) return KnowledgeCommand.NoInput;
            showProgress = load.Documents.Length > ProgressThreshold || InputSize() >= ProgressThresholdBytes;
            result = showProgress
                ? AnalysisProgressBar.Run(console, progress => pipeline.Run(load.Documents, GraphOnly with { Progress = progress }))
                : pipeline.Run(load.Documents, GraphOnly);
        }
        else
        {
            // Documents are analysed as they are read, so each body is collected once its document is analysed
            // instead of the whole input being held to the end of the run.
            var diagnostics = new List<Diagnostic>();
            result = pipeline.Run(DocumentLoader.Stream(options.Inputs, diagnostics.Add, stdin, options: loadOptions), GraphOnly);
            // What was read, for the summary and --stats: each analysed document keeps its source, without its body.
            load = new LoadResult([.. result.Documents.Select(d => d.Source)], [.. diagnostics]);
            if (!ReportLoad(context, options.Inputs, load)) return KnowledgeCommand.NoInput;
        }

        foreach (var diagnostic in result.Diagnostics)
            context.Stderr.WriteLine(diagnostic.ToString());

        var exported = showProgress
            ? console.Status().Start("Writing the exports…", _ => OutputFolder.TryWrite(context, result.Graph, outDir, options.Formats, options.Yed, options.Json))
            : OutputFolder.TryWrite(context, result.Graph, outDir, options.Formats, options.Yed, options.Json);
        if (exported is null) return KnowledgeCommand.OutputError;
        clock.Stop();

        if (!options.Quiet)
            SummaryPrinter.PrintSummary(console, load, result, exported.Written);
        if (options.Stats)
        {
            SummaryPrinter.PrintStats(console, clock.Elapsed, InputSize(), Process.GetCurrentProcess().PeakWorkingSet64);
        }

        bool skipped = load.HasErrors || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        return skipped ? KnowledgeCommand.PartialSuccess : KnowledgeCommand.Success;
    }

    /// <summary>
    /// Prints what reading the inputs reported; false, after saying so, when nothing was read: writing an empty graph
    /// would replace a good one with nothing, so a run that read nothing writes nothing.
    /// </summary>
    private static bool ReportLoad(CliContext context, IReadOnlyList<string> inputs, LoadResult load)
    {
        foreach (var diagnostic in load.Diagnostics)
            context.Stderr.WriteLine(diagnostic.ToString());
        if (!load.Documents.IsEmpty) return true;
        OutputFolder.ReportNoInput(context, inputs);
        return false;
    }

    /// <summary>Reads every input, with their diagnostics, as <see cref="DocumentLoader.Load"/> does but in the encoding asked for.</summary>
    private static LoadResult LoadInputs(IReadOnlyList<string> inputs, TextReader stdin, LoadOptions load)
    {
        var diagnostics = new List<Diagnostic>();
        var documents = DocumentLoader.Stream(inputs, diagnostics.Add, stdin, options: load).ToImmutableArray();
        return new LoadResult(documents, diagnostics.ToImmutableArray());
    }

    /// <summary>The size on disk of every file that was read or reported on.</summary>
    private static long InputBytes(LoadResult load)
    {
        var paths = load.Documents.Select(d => d.Origin.Path)
            .Concat(load.Diagnostics.Select(d => d.Path))
            .Where(p => p != "-")
            .Distinct(StringComparer.Ordinal);
        long total = 0;
        foreach (var path in paths)
        {
            var info = new FileInfo(path);
            if (info.Exists) total += info.Length;
        }
        return total;
    }
}

/// <summary>The parsed options of `knowledge extract`.</summary>
/// <param name="Inputs">Files, folders, or "-" for standard input.</param>
/// <param name="Out">The output folder.</param>
/// <param name="Formats">Which files to write.</param>
/// <param name="Yed">yEd styling in the GraphML.</param>
/// <param name="Stats">Print timing and memory.</param>
/// <param name="Quiet">Skip the summary table.</param>
public sealed record ExtractOptions(IReadOnlyList<string> Inputs, string Out, ExportFormats Formats, bool Yed, bool Stats, bool Quiet)
{
    /// <summary>The store to add the documents to (a SQLite file or a PostgreSQL connection string); null to build the graph in memory.</summary>
    public string? Store { get; init; }

    /// <summary>With a store: documents per batch (analysed together, written in one transaction).</summary>
    public int BatchSize { get; init; } = StoreOptions.DefaultBatchSize;

    /// <summary>How the inputs are read (their encoding).</summary>
    public LoadOptions Load { get; init; } = LoadOptions.Default;

    /// <summary>A curation file applied when resolving (names merged or split by hand); null for none.</summary>
    public string? Curation { get; init; }

    /// <summary>Glob patterns (see <see cref="GlobPattern"/>) of files and folders the folder searches leave out, besides the output folder.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>How knowledge.json is indented (by default indented up to <see cref="JsonExportOptions.AutoIndentMaxNodes"/> nodes).</summary>
    public JsonExportOptions Json { get; init; } = new();
}
