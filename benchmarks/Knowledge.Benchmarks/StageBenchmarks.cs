using BenchmarkDotNet.Attributes;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Benchmarks;

/// <summary>
/// Each per-document stage alone — ingest (text building), tokenizer, sentence splitter and each extractor —
/// on one thread, over the scaled corpus as the stages before it left it.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class StageBenchmarks
{
    private Doc[] _input = [];
    private Doc[] _work = [];
    private IReadOnlyList<Ingestion.SourceDocument> _sources = [];
    private IDocComponent? _component;

    /// <summary>How many times the corpus is repeated.</summary>
    [ParamsSource(typeof(BenchmarkConfig), nameof(BenchmarkConfig.Scales))]
    public int Scale { get; set; }

    /// <summary>The stage timed.</summary>
    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = Stages.Ingest;

    /// <summary>Every per-document stage.</summary>
    public static IEnumerable<string> StageNames() => Stages.DocumentStages;

    /// <summary>Prepares the stage's input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _sources = CorpusScaler.Build(Scale);
        _input = Stages.InputOf(Stage, _sources);
        _component = Stage == Stages.Ingest ? null : Stages.Component(Stage);
        _work = new Doc[_input.Length];
    }

    /// <summary>Runs the stage over every document.</summary>
    [Benchmark]
    public int Run()
    {
        if (_component is null) return Stages.BuildTexts(_sources).Length;
        Array.Copy(_input, _work, _input.Length);
        Stages.Run(_component, _work);
        return _work.Length;
    }
}
