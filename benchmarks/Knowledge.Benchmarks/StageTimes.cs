using System.Diagnostics;
using System.Globalization;
using Knowledge.Extraction.Entities;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Benchmarks;

/// <summary>
/// `--stage-times FILE…`: the wall time of each stage of the pipeline (ingest, every component, resolution and
/// graph assembly) over the inputs, on one thread, as a Markdown table sorted by cost. Run it on one document at
/// sizes that double to see which stage grows faster than the text (benchmarks/one-large-document.sh makes them).
/// </summary>
public static class StageTimes
{
    /// <summary>Times each stage; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> inputs)
    {
        var load = DocumentLoader.Load(inputs);
        foreach (var d in load.Diagnostics) Console.Error.WriteLine(d);
        if (load.Documents.IsEmpty) return 1;
        var times = new List<(string Stage, TimeSpan Time)>();
        var clock = Stopwatch.StartNew();
        var docs = Stages.BuildTexts(load.Documents);
        times.Add((Stages.Ingest, clock.Elapsed));
        var passTimes = new List<TimedPass>();
        foreach (var component in Stages.Pipeline.Components)
        {
            if (component is EntityRecognizer)
            {
                // The entity passes timed one by one over a copy of the documents as the recognizer receives them.
                passTimes = [.. EntityPasses.CreateDefault(LexiconSet.Default).Select(p => new TimedPass(p))];
                Stages.Run(new EntityRecognizer(passTimes), [.. docs]);
            }
            clock.Restart();
            Stages.Run(component, docs);
            times.Add((component.Name, clock.Elapsed));
        }
        clock.Restart();
        var graph = Stages.Assemble(Stages.Ordered(docs));
        times.Add(("resolution + assembly", clock.Elapsed));
        long chars = docs.Sum(d => (long)d.Text.Length);
        Console.WriteLine($"{load.Documents.Length} documents, {chars.ToString("N0", CultureInfo.InvariantCulture)} characters, {graph.Nodes.Count()} nodes");
        Console.WriteLine("| Stage | Seconds |");
        Console.WriteLine("| --- | --- |");
        foreach (var (stage, time) in times.OrderByDescending(t => t.Time))
            Console.WriteLine($"| {stage} | {time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} |");
        if (passTimes.Count == 0) return 0;
        Console.WriteLine();
        Console.WriteLine("| Entity pass | Seconds |");
        Console.WriteLine("| --- | --- |");
        foreach (var pass in passTimes.OrderByDescending(p => p.Time).Take(12))
            Console.WriteLine($"| {pass.Name} | {pass.Time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} |");
        return 0;
    }

    /// <summary>An entity pass that adds up the time it runs (one thread).</summary>
    private sealed class TimedPass(IEntityPass inner) : IEntityPass
    {
        public string Name => inner.Name;

        public TimeSpan Time { get; private set; }

        public void Run(Doc doc, EntityMentionSet mentions)
        {
            long start = Stopwatch.GetTimestamp();
            inner.Run(doc, mentions);
            Time += Stopwatch.GetElapsedTime(start);
        }
    }
}
