using System.Diagnostics;
using Knowledge.Graph;
using Knowledge.Resolution;

namespace Knowledge.Benchmarks;

/// <summary>Temporary probe.</summary>
public static class Probe
{
    /// <summary>Probe.</summary>
    public static void Run(int scale)
    {
        var docs = Stages.Analysed(CorpusScaler.Build(scale));
        Console.WriteLine($"seq {Stages.Assemble(docs).Nodes.Length} run1 {Stages.Pipeline.Run(CorpusScaler.Build(scale), 1).Graph.Nodes.Length} run {Stages.Pipeline.Run(CorpusScaler.Build(scale)).Graph.Nodes.Length}");
        if (Environment.GetEnvironmentVariable("PROBE_ONLY") is not null) return;
        for (int rep = 0; rep < 2; rep++)
        {
            var sw = Stopwatch.StartNew();
            var builder = new KnowledgeGraphBuilder();
            var entities = EntityResolver.Resolve(docs);
            Console.WriteLine($"resolve {sw.Elapsed.TotalSeconds:0.000}"); sw.Restart();
            foreach (var e in entities.Nodes) builder.AddNode(e);
            foreach (var doc in docs)
            {
                string docNode = GraphAssembler.DocumentNodeId(doc.Id);
                foreach (var m in doc.Entities)
                {
                    var id = entities.NodeIdOf(doc.Id, m);
                    if (id is null) continue;
                    builder.AddEdge(docNode, EdgeType.MENTIONS, id, [new Provenance(doc.Id, m.Start, m.End)]);
                }
            }
            Console.WriteLine($"mentions {sw.Elapsed.TotalSeconds:0.000}"); sw.Restart();
            foreach (var doc in docs) RoleEdges.Add(builder, doc, entities);
            Console.WriteLine($"roles {sw.Elapsed.TotalSeconds:0.000}"); sw.Restart();
            foreach (var doc in docs) QuoteNodes.Add(builder, doc, entities);
            Console.WriteLine($"quotes {sw.Elapsed.TotalSeconds:0.000}"); sw.Restart();
            foreach (var doc in docs) EventNodes.Add(builder, doc, entities);
            Console.WriteLine($"events {sw.Elapsed.TotalSeconds:0.000}"); sw.Restart();
            var g = builder.Build();
            Console.WriteLine($"build {sw.Elapsed.TotalSeconds:0.000} {g.Nodes.Length}"); sw.Restart();
            Stages.WriteGraphMl(g);
            Console.WriteLine($"graphml {sw.Elapsed.TotalSeconds:0.000}"); sw.Restart();
            Stages.WriteJson(g);
            Console.WriteLine($"json {sw.Elapsed.TotalSeconds:0.000}"); sw.Restart();
        }
    }
}

/// <summary>Temporary probe.</summary>
public static class StageProbe
{
    /// <summary>Probe.</summary>
    public static void Run(string stage, int scale, int reps)
    {
        var input = Stages.InputOf(stage, CorpusScaler.Build(scale));
        var work = new Knowledge.Text.Doc[input.Length];
        using var listener = new AllocListener();
        listener.On = true;
        for (int r = 0; r < reps; r++)
        {
            var pause = GC.GetTotalPauseDuration(); int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            if (stage == Stages.Ingest) Stages.BuildTexts(CorpusScaler.Build(scale));
            else { Array.Copy(input, work, input.Length); Stages.Run(Stages.Component(stage), work); }
            foreach (var (k, v) in listener.Counts.OrderByDescending(x => x.Value).Take(12)) Console.WriteLine($"  {v * 100 / 1024} KB {k}");
            listener.Counts.Clear();
            Console.WriteLine($"{stage} {sw.Elapsed.TotalSeconds:0.000} cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.000} gc pause {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.000} gcs {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}");
        }
    }
}

/// <summary>Temporary allocation sampler.</summary>
public sealed class AllocListener : System.Diagnostics.Tracing.EventListener
{
    /// <summary>Counts.</summary>
    public readonly Dictionary<string, long> Counts = [];
    /// <summary>On.</summary>
    public bool On;

    /// <inheritdoc />
    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    /// <inheritdoc />
    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (!On || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        int i = e.PayloadNames!.IndexOf("TypeName");
        string type = i >= 0 ? e.Payload[i]?.ToString() ?? "?" : "?";
        lock (Counts) Counts[type] = Counts.GetValueOrDefault(type) + 1;
    }
}
