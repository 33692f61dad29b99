using BenchmarkDotNet.Attributes;
using Knowledge.Ingestion;

namespace Knowledge.Benchmarks;

/// <summary>The whole pipeline — text building, every component, resolution, graph, GraphML — on one core and on all.</summary>
[Config(typeof(BenchmarkConfig))]
public class PipelineBenchmarks
{
    private IReadOnlyList<SourceDocument> _sources = [];

    /// <summary>How many times the corpus is repeated.</summary>
    [ParamsSource(typeof(BenchmarkConfig), nameof(BenchmarkConfig.Scales))]
    public int Scale { get; set; }

    /// <summary>Threads for per-document work: 1, or 0 for every core.</summary>
    [Params(1, 0)]
    public int Threads { get; set; }

    /// <summary>Builds the scaled corpus.</summary>
    [GlobalSetup]
    public void Setup() => _sources = CorpusScaler.Build(Scale);

    /// <summary>Sources to GraphML.</summary>
    [Benchmark]
    public long Pipeline()
    {
        var result = Stages.Pipeline.Run(_sources, Threads == 0 ? null : Threads);
        return Stages.WriteGraphMl(result.Graph);
    }
}
