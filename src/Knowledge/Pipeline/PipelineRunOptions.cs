namespace Knowledge.Pipeline;

/// <summary>How <see cref="KnowledgePipeline.Run(IEnumerable{Knowledge.Ingestion.SourceDocument}, PipelineRunOptions)"/> runs. None of these changes the result.</summary>
public sealed record PipelineRunOptions
{
    /// <summary>The default <see cref="ProgressInterval"/>: a tenth of a second.</summary>
    public static readonly TimeSpan DefaultProgressInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>How many documents are analysed at once; null for one per processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Whether each analysed document keeps its tokens, sentences and blocks, and its source's body (true by default);
    /// false keeps only what the graph needs (the source's other fields stay, with an empty
    /// <see cref="Knowledge.Ingestion.SourceDocument.Body"/>; the document's text holds what was built from it), for far less
    /// memory on a large corpus. The graph is the same either way.
    /// </summary>
    public bool KeepTokens { get; init; } = true;

    /// <summary>
    /// Told how far the run has got: once at the start, as documents are analysed (at most once per
    /// <see cref="ProgressInterval"/>), when analysis ends and when resolution starts. Reports come one at a time,
    /// from whichever thread is analysing, so <see cref="IProgress{T}.Report"/> should be quick; null for none.
    /// </summary>
    public IProgress<AnalysisProgress>? Progress { get; init; }

    /// <summary>The least time between two reports while documents are analysed; <see cref="TimeSpan.Zero"/> reports after every step.</summary>
    public TimeSpan ProgressInterval { get; init; } = DefaultProgressInterval;
}
