using System.Diagnostics;
using System.Globalization;
using System.Text;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Query;
using Knowledge.Extraction.Entities;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Benchmarks;

/// <summary>
/// `--stage-times FILE…`: the wall time, the bytes allocated and the MB of text per second of each stage of the
/// pipeline (ingest, every component, resolution and graph assembly) over the inputs, on one thread, as a Markdown
/// table sorted by cost; then the same for each entity pass. Run it on one document at sizes that double to see
/// which stage grows faster than the text (benchmarks/one-large-document.sh makes them). Everything runs on this
/// thread, so <see cref="GC.GetAllocatedBytesForCurrentThread"/> before and after a stage is exactly what it
/// allocated; the seconds depend on the machine's load. Each stage's CPU seconds are the process's (user + system,
/// so the GC's background thread is counted too; 10 ms resolution): on a loaded machine they, not the wall
/// seconds, give the MB per CPU second. The entity passes are too short for that clock and get wall time only.
/// Reading the input files and writing knowledge.json (to <see cref="Stream.Null"/>) are timed too and printed
/// apart, outside the stages' total, so that the end-to-end cost of a run can be pieced together.
/// </summary>
public static class StageTimes
{
    /// <summary>
    /// Times each stage; returns the exit code. <paramref name="warm"/> runs everything once, untimed, before: one
    /// timed round over a corpus counts the JIT's first, unoptimised (tier-0) code and the compiling itself, which
    /// at 100× is still a good part of some stages; warm figures are the steady state a long run reaches (and the
    /// NativeAOT tool starts in).
    /// </summary>
    public static int Run(IReadOnlyList<string> inputs, bool warm = false)
    {
        if (warm)
        {
            var output = Console.Out;
            Console.SetOut(TextWriter.Null);
            try { Measure(inputs); }
            finally { Console.SetOut(output); }
            Console.WriteLine("(warm: a first, untimed round ran before this one)");
        }
        return Measure(inputs);
    }

    private static int Measure(IReadOnlyList<string> inputs)
    {
        var clock = Stopwatch.StartNew();
        var cpu = CpuTime();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var load = DocumentLoader.Load(inputs);
        var reading = new Measured("reading the input", clock.Elapsed, CpuTime() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated);
        foreach (var d in load.Diagnostics) Console.Error.WriteLine(d);
        if (load.Documents.IsEmpty) return 1;
        var stages = new List<Measured>();
        clock.Restart();
        cpu = CpuTime();
        allocated = GC.GetAllocatedBytesForCurrentThread();
        var docs = Stages.BuildTexts(load.Documents);
        stages.Add(new Measured(Stages.Ingest, clock.Elapsed, CpuTime() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated));
        var passTimes = new List<TimedPass>();
        foreach (var component in Stages.Pipeline.Components)
        {
            if (component is EntityRecognizer)
            {
                // The entity passes timed one by one over copies of the documents as the recognizer receives them. New
                // Doc instances: the name chunks are cached per Doc, and built here for the originals they would leave the
                // measured stage below warm (19 MB of its work at 100x counted nowhere). The token tables are kept per text,
                // which a copy shares (a later stage's copy reads its table): the ones the passes built are forgotten after
                // them for the same reason; the ones an earlier stage built (the dates stage reads the table) are kept, as
                // the pipeline's entity stage finds them.
                passTimes = [.. EntityPasses.CreateDefault(LexiconSet.Default).Select(p => new TimedPass(p))];
                var builtBefore = docs.Select(d => TokenTable.IsKeptFor(d.Text)).ToArray();
                Stages.Run(new EntityRecognizer(passTimes), [.. docs.Select(d => d with { })]);
                for (int i = 0; i < docs.Length; i++)
                    if (!builtBefore[i]) TokenTable.Forget(docs[i]);
            }
            allocated = GC.GetAllocatedBytesForCurrentThread();
            cpu = CpuTime();
            clock.Restart();
            Stages.Run(component, docs);
            stages.Add(new Measured(component.Name, clock.Elapsed, CpuTime() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated));
        }
        allocated = GC.GetAllocatedBytesForCurrentThread();
        cpu = CpuTime();
        clock.Restart();
        // What a one-shot run does per document in its parallel analysis phase, so that the assembly below only merges.
        var ordered = Stages.Ordered(docs);
        var parts = Stages.GraphParts(ordered);
        stages.Add(new Measured("graph parts per document", clock.Elapsed, CpuTime() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated));
        allocated = GC.GetAllocatedBytesForCurrentThread();
        cpu = CpuTime();
        clock.Restart();
        var graph = Stages.Assemble(ordered, parts);
        stages.Add(new Measured("resolution + assembly", clock.Elapsed, CpuTime() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated));
        long chars = docs.Sum(d => (long)d.Text.Length);
        double megabytes = docs.Sum(d => (double)Encoding.UTF8.GetByteCount(d.Text)) / 1e6;
        Console.WriteLine($"{load.Documents.Length} documents, {chars.ToString("N0", CultureInfo.InvariantCulture)} characters ({megabytes.ToString("0.00", CultureInfo.InvariantCulture)} MB UTF-8), {graph.Nodes.Count()} nodes");
        Print("Stage", stages, megabytes);
        double cpuSeconds = stages.Sum(s => s.Cpu!.Value.TotalSeconds);
        Console.WriteLine($"total: {Format(stages.Sum(s => s.Time.TotalSeconds), "0.000")} s, {Format(cpuSeconds, "0.00")} CPU s, "
            + $"{Format(megabytes / cpuSeconds, "0.00")} MB per CPU s, {Format(stages.Sum(s => s.Allocated) / 1e6, "0.0")} MB allocated, "
            + $"{Format(stages.Sum(s => s.Allocated) / (megabytes * 1e6), "0.0")} bytes allocated per byte of text");
        allocated = GC.GetAllocatedBytesForCurrentThread();
        cpu = CpuTime();
        clock.Restart();
        JsonGraphWriter.Write(graph, Stream.Null);
        var writing = new Measured("writing knowledge.json", clock.Elapsed, CpuTime() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated);
        Console.WriteLine();
        Console.WriteLine("Outside the stages (not in the total above):");
        Print("Step", [reading, writing], megabytes);
        Console.WriteLine();
        Console.WriteLine("The other exports of `--format all`, each alone, to nothing (the quotes' index is built by each that lists quotes; the graph's adjacency by the first):");
        Print("Export", ExportTimes(graph), megabytes);
        if (passTimes.Count == 0) return 0;
        Console.WriteLine();
        Print("Entity pass", [.. passTimes.Select(p => new Measured(p.Name, p.Time, null, p.Allocated))], megabytes);
        return 0;
    }

    /// <summary>Each export but knowledge.json written to nothing, timed as the stages are.</summary>
    private static List<Measured> ExportTimes(KnowledgeGraph graph)
    {
        var rows = new List<Measured>();
        Time("writing knowledge.graphml", () => GraphMlWriter.Write(graph, Stream.Null));
        Time("writing quotes.jsonl", () => QuoteResultsWriter.WriteJsonLines(new QuoteFinder(graph).All, Stream.Null));
        Time("writing knowledge.html", () => HtmlViewWriter.Write(graph, Stream.Null));
        Time("writing the Neo4j CSV files", () => Neo4jCsvWriter.Write(graph, Neo4jFolder.Value));
        return rows;

        void Time(string name, Action write)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = CpuTime();
            var clock = Stopwatch.StartNew();
            write();
            rows.Add(new Measured(name, clock.Elapsed, CpuTime() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated));
        }
    }

    /// <summary>A temporary folder for the Neo4j files (the writer writes files, not streams), deleted at exit.</summary>
    private static readonly Lazy<string> Neo4jFolder = new(() =>
    {
        string dir = Directory.CreateTempSubdirectory("knowledge-stage-times-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(dir, recursive: true);
        return dir;
    });

    private static void Print(string heading, IReadOnlyList<Measured> rows, double megabytes)
    {
        bool cpu = rows.All(r => r.Cpu is not null);
        Console.WriteLine(cpu
            ? $"| {heading} | Seconds | MB/s | CPU s | MB per CPU s | MB allocated | bytes allocated per byte |"
            : $"| {heading} | Seconds | MB/s | MB allocated |");
        Console.WriteLine(cpu ? "| --- | ---: | ---: | ---: | ---: | ---: | ---: |" : "| --- | ---: | ---: | ---: |");
        foreach (var row in rows.OrderByDescending(r => r.Time))
        {
            string start = $"| {row.Name} | {Format(row.Time.TotalSeconds, "0.000")} | {Rate(megabytes, row.Time)} |";
            string allocated = Format(row.Allocated / 1e6, "0.0");
            Console.WriteLine(row.Cpu is { } c
                ? $"{start} {Format(c.TotalSeconds, "0.00")} | {Rate(megabytes, c)} | {allocated} | {Format(row.Allocated / (megabytes * 1e6), "0.0")} |"
                : $"{start} {allocated} |");
        }
    }

    private static string Rate(double megabytes, TimeSpan time) =>
        time.TotalSeconds > 0 ? Format(megabytes / time.TotalSeconds, "0.0") : "–";

    /// <summary>The process's CPU time so far (user + system, every thread).</summary>
    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>One stage's wall time, the process's CPU time over it (null for an entity pass) and the bytes it allocated on this thread.</summary>
    private sealed record Measured(string Name, TimeSpan Time, TimeSpan? Cpu, long Allocated);

    /// <summary>An entity pass that adds up the time it runs and the bytes it allocates (one thread).</summary>
    private sealed class TimedPass(IEntityPass inner) : IEntityPass
    {
        public string Name => inner.Name;

        public TimeSpan Time { get; private set; }

        public long Allocated { get; private set; }

        public void Run(Doc doc, EntityMentionSet mentions)
        {
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            inner.Run(doc, mentions);
            Time += Stopwatch.GetElapsedTime(start);
            Allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
        }
    }
}
