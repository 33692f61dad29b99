using BenchmarkDotNet.Attributes;
using Knowledge.Graph;
using Knowledge.Query;

namespace Knowledge.Benchmarks;

/// <summary>
/// Each export writer alone (JSON, GraphML, Neo4j CSV, quotes JSON Lines, HTML) on the graph of the analysed
/// scaled corpus, built once; output goes to a stream that only counts bytes, so the figures are the writers' own.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ExportBenchmarks
{
    private KnowledgeGraph _graph = KnowledgeGraph.Empty;
    private IReadOnlyList<QuoteResult> _quotes = [];

    /// <summary>How many times the corpus is repeated.</summary>
    [ParamsSource(typeof(BenchmarkConfig), nameof(BenchmarkConfig.Scales))]
    public int Scale { get; set; }

    /// <summary>Analyses the corpus, builds its graph and finds its quotes once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = Stages.Assemble(Stages.Analysed(CorpusScaler.Build(Scale)));
        _quotes = new QuoteFinder(_graph).All.ToList();
    }

    /// <summary>knowledge.json.</summary>
    [Benchmark]
    public long Json() => Stages.WriteJson(_graph);

    /// <summary>knowledge.graphml.</summary>
    [Benchmark]
    public long GraphMl() => Stages.WriteGraphMl(_graph);

    /// <summary>neo4j/*.csv, all files into one stream.</summary>
    [Benchmark]
    public long Neo4jCsv() => Stages.WriteNeo4j(_graph);

    /// <summary>quotes.jsonl (the quotes found in setup).</summary>
    [Benchmark]
    public long QuotesJsonLines() => Stages.WriteQuotes(_quotes);

    /// <summary>knowledge.html (finds the quotes itself, as the export does).</summary>
    [Benchmark]
    public long Html() => Stages.WriteHtml(_graph);
}
