using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Knowledge.Benchmarks;

/// <summary>
/// A quick scaling check without BenchmarkDotNet: for each scale a fresh process (so peak memory is that
/// scale's own) times the whole pipeline on all cores and on one, then each stage on one thread, with
/// Stopwatch, allocated bytes and peak working set. One run each, after the corpus has been analysed once at
/// 1× (which warms the JIT): figures on a shared machine vary by some 10%.
/// </summary>
public static class ScalingRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs every scale in its own process and prints a Markdown report.</summary>
    public static int RunAll(IReadOnlyList<int> scales)
    {
        var rows = new List<Measurement>();
        foreach (var scale in scales)
        {
            var exe = Environment.ProcessPath!;
            var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(exe) == "dotnet") start.ArgumentList.Add(typeof(ScalingRun).Assembly.Location);
            start.ArgumentList.Add("--scaling-one");
            start.ArgumentList.Add(scale.ToString(Inv));
            using var child = Process.Start(start)!;
            string output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            if (child.ExitCode != 0) { Console.Error.WriteLine(output); return child.ExitCode; }
            rows.Add(Measurement.Parse(output));
        }
        Console.Write(Report(rows));
        return 0;
    }

    /// <summary>Measures one scale in this process and prints it in the form <see cref="Measurement.Parse"/> reads.</summary>
    public static int RunOne(int scale)
    {
        // Warm-up: the 1× corpus through the whole pipeline a few times (past the JIT's call-count threshold
        // of 30), so that the timings are of optimised code; the tool's cold runs are timed apart (docs/performance.md).
        for (int i = 0; i < 4; i++) Stages.WriteGraphMl(Stages.Pipeline.Run(CorpusScaler.Build(1)).Graph);
        Thread.Sleep(500); // lets the background JIT finish the methods queued for tier 1
        var sources = CorpusScaler.Build(scale);
        var m = new Measurement { Scale = scale, Documents = sources.Length, InputBytes = CorpusScaler.Utf8Bytes(sources) };
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        m.BaselineWorkingSet = self.WorkingSet64;
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        // The whole pipeline as the CLI runs it (parallel), first, so the peak working set is its own.
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long alloc = GC.GetTotalAllocatedBytes(precise: true);
        var result = Stages.Pipeline.Run(sources);
        m.GraphMlBytes = Stages.WriteGraphMl(result.Graph);
        m.ParallelSeconds = clock.Elapsed.TotalSeconds;
        self.Refresh();
        m.ParallelCpuSeconds = (self.TotalProcessorTime - cpu).TotalSeconds;
        m.ParallelAllocated = GC.GetTotalAllocatedBytes(precise: true) - alloc;
        self.Refresh();
        m.PeakWorkingSet = self.PeakWorkingSet64;
        m.Nodes = result.Graph.Nodes.Length;
        m.Edges = result.Graph.Edges.Length;
        m.ResultHeapBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        GC.KeepAlive(result);
        var graph = result.Graph;
        result = null;
        m.GraphHeapBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        GC.KeepAlive(graph);
        graph = null;

        self.Refresh();
        cpu = self.TotalProcessorTime;
        clock.Restart();
        var sequential = Stages.Pipeline.Run(sources, maxDegreeOfParallelism: 1);
        Stages.WriteGraphMl(sequential.Graph);
        m.SequentialSeconds = clock.Elapsed.TotalSeconds;
        self.Refresh();
        m.SequentialCpuSeconds = (self.TotalProcessorTime - cpu).TotalSeconds;
        sequential = null;
        GC.Collect();

        // Each stage alone on one thread.
        var docs = Time(m, Stages.Ingest, () => Stages.BuildTexts(sources));
        foreach (var c in Stages.Pipeline.Components)
            Time(m, c.Name, () => { Stages.Run(c, docs); return docs; });
        var ordered = Stages.Ordered(docs);
        var assembled = Time(m, "resolve+graph", () => Stages.Assemble(ordered));
        Time(m, "graphml", () => Stages.WriteGraphMl(assembled));
        Time(m, "json", () => Stages.WriteJson(assembled));

        Console.Write(m.Serialise());
        return 0;
    }

    private static T Time<T>(Measurement m, string stage, Func<T> run)
    {
        long alloc = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        var value = run();
        m.Stages.Add((stage, clock.Elapsed.TotalSeconds, (CpuTime() - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - alloc));
        return value;
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static string Report(List<Measurement> rows)
    {
        var sb = new StringBuilder();
        string F(double v, string format = "0.00") => v.ToString(format, Inv);
        string Mb(long bytes) => F(bytes / 1e6, "0.0");
        var first = rows[0];
        sb.AppendLine($"Processors: {Environment.ProcessorCount}; input MB = UTF-8 text of the documents (10^6 bytes).");
        sb.AppendLine();
        sb.AppendLine("| scale | docs | input MB | nodes | edges | all cores s | MB/s | CPU s | 1 core s | MB/s | CPU s | time ratio (all / 1 core) | allocated MB | peak WS MB | WS over baseline MB | graph + docs heap MB | graph heap MB |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            double mb = r.InputBytes / 1e6;
            string ratio = $"{F(r.ParallelSeconds / first.ParallelSeconds * first.Scale, "0.0")}× / {F(r.SequentialSeconds / first.SequentialSeconds * first.Scale, "0.0")}×";
            sb.AppendLine($"| {r.Scale}× | {r.Documents} | {F(mb)} | {r.Nodes} | {r.Edges} | {F(r.ParallelSeconds, "0.000")} | {F(mb / r.ParallelSeconds)} | {F(r.ParallelCpuSeconds, "0.00")} | {F(r.SequentialSeconds, "0.000")} | {F(mb / r.SequentialSeconds)} | {F(r.SequentialCpuSeconds, "0.00")} | {ratio} | {Mb(r.ParallelAllocated)} | {Mb(r.PeakWorkingSet)} | {Mb(r.PeakWorkingSet - r.BaselineWorkingSet)} | {Mb(r.ResultHeapBytes)} | {Mb(r.GraphHeapBytes)} |");
        }
        sb.AppendLine();
        sb.AppendLine("Per stage, one thread: wall seconds, CPU seconds of the process, MB of input per CPU second, allocated MB:");
        sb.AppendLine();
        sb.Append("| stage |");
        foreach (var r in rows) sb.Append($" {r.Scale}× wall s | CPU s | MB/CPU-s | alloc MB |");
        sb.AppendLine();
        sb.Append("|---|");
        foreach (var _ in rows) sb.Append("---:|---:|---:|---:|");
        sb.AppendLine();
        foreach (var (stage, _, _, _) in first.Stages)
        {
            sb.Append($"| {stage} |");
            foreach (var r in rows)
            {
                var s = r.Stages.First(x => x.Stage == stage);
                sb.Append($" {F(s.Seconds, "0.000")} | {F(s.CpuSeconds, "0.000")} | {F(r.InputBytes / 1e6 / Math.Max(s.CpuSeconds, 1e-3), "0.0")} | {Mb(s.Allocated)} |");
            }
            sb.AppendLine();
        }
        sb.Append("| **total** |");
        foreach (var r in rows)
        {
            double wall = r.Stages.Sum(x => x.Seconds), cpu = r.Stages.Sum(x => x.CpuSeconds);
            sb.Append($" {F(wall, "0.000")} | {F(cpu, "0.000")} | {F(r.InputBytes / 1e6 / cpu, "0.0")} | {Mb(r.Stages.Sum(x => x.Allocated))} |");
        }
        sb.AppendLine();
        return sb.ToString();
    }

    /// <summary>What one scale measured.</summary>
    private sealed class Measurement
    {
        public int Scale { get; set; }
        public int Documents { get; set; }
        public long InputBytes { get; set; }
        public int Nodes { get; set; }
        public int Edges { get; set; }
        public long GraphMlBytes { get; set; }
        public double ParallelSeconds { get; set; }
        public double SequentialSeconds { get; set; }
        public double ParallelCpuSeconds { get; set; }
        public double SequentialCpuSeconds { get; set; }
        public long ParallelAllocated { get; set; }
        public long BaselineWorkingSet { get; set; }
        public long PeakWorkingSet { get; set; }
        public long GraphHeapBytes { get; set; }
        public long ResultHeapBytes { get; set; }
        public List<(string Stage, double Seconds, double CpuSeconds, long Allocated)> Stages { get; } = [];

        public string Serialise()
        {
            var sb = new StringBuilder();
            foreach (var p in typeof(Measurement).GetProperties().Where(p => p.Name != nameof(Stages)))
                sb.AppendLine(CultureInfo.InvariantCulture, $"{p.Name}={Convert.ToString(p.GetValue(this), Inv)}");
            foreach (var (stage, seconds, cpu, allocated) in Stages)
                sb.AppendLine(CultureInfo.InvariantCulture, $"stage={stage}\t{seconds.ToString("R", Inv)}\t{cpu.ToString("R", Inv)}\t{allocated}");
            return sb.ToString();
        }

        public static Measurement Parse(string text)
        {
            var m = new Measurement();
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int eq = line.IndexOf('=');
                if (eq < 0) continue;
                string key = line[..eq], value = line[(eq + 1)..];
                if (key == "stage")
                {
                    var parts = value.Split('\t');
                    m.Stages.Add((parts[0], double.Parse(parts[1], Inv), double.Parse(parts[2], Inv), long.Parse(parts[3], Inv)));
                    continue;
                }
                var p = typeof(Measurement).GetProperty(key);
                p?.SetValue(m, Convert.ChangeType(value, p.PropertyType, Inv));
            }
            return m;
        }
    }
}
