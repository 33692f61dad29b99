using BenchmarkDotNet.Attributes;
using Knowledge.Graph;
using Knowledge.Query;

namespace Knowledge.Benchmarks;

/// <summary>`knowledge stats` on synthetic graphs of 10,000 and 100,000 nodes (issue 17, item 6).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, id: "Short")]
public class AnalyticsBenchmarks
{
    private KnowledgeGraph _graph = KnowledgeGraph.Empty;

    /// <summary>How many nodes the graph has.</summary>
    [Params(10_000, 100_000)]
    public int Nodes { get; set; }

    /// <summary>Generates the graph once.</summary>
    [GlobalSetup]
    public void Setup() => _graph = SyntheticGraphs.Build(Nodes);

    /// <summary>PageRank alone, the analysed graph prepared included.</summary>
    [Benchmark]
    public int PageRank() => new GraphAnalytics(_graph).PageRank.Count;

    /// <summary>What `knowledge stats --rank-by pagerank` computes: counts, components and both rankings.</summary>
    [Benchmark]
    public int Statistics() => new GraphAnalytics(_graph).Statistics(top: 10, by: CentralityMeasure.PageRank).ComponentCount;
}
