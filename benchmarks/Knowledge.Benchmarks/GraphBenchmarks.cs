using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Benchmarks;

/// <summary>Cross-document resolution with graph assembly, and the GraphML and JSON exports, on the analysed scaled corpus.</summary>
[Config(typeof(BenchmarkConfig))]
public class GraphBenchmarks
{
    private ImmutableArray<Doc> _docs;
    private KnowledgeGraph _graph = KnowledgeGraph.Empty;

    /// <summary>How many times the corpus is repeated.</summary>
    [ParamsSource(typeof(BenchmarkConfig), nameof(BenchmarkConfig.Scales))]
    public int Scale { get; set; }

    /// <summary>Analyses the corpus and builds its graph once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _docs = Stages.Analysed(CorpusScaler.Build(Scale));
        _graph = Stages.Assemble(_docs);
    }

    /// <summary>Resolves entities across documents and assembles the graph.</summary>
    [Benchmark]
    public int Resolution() => Stages.Assemble(_docs).Nodes.Length;

    /// <summary>Writes the GraphML export.</summary>
    [Benchmark]
    public long GraphMl() => Stages.WriteGraphMl(_graph);

    /// <summary>Writes the JSON export.</summary>
    [Benchmark]
    public long Json() => Stages.WriteJson(_graph);
}
