namespace Knowledge.Pipeline;

/// <summary>How <see cref="KnowledgePipeline.Run(IEnumerable{Knowledge.Ingestion.SourceDocument}, PipelineRunOptions)"/> runs. None of these changes the graph.</summary>
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
    /// Whether the result's documents keep their text and annotations (entities, dates, roles, quotes, events, relations,
    /// links) once the graph is built from them (true by default). False keeps of each document only its
    /// <see cref="Knowledge.Syntax.Doc.Source"/> and <see cref="Knowledge.Syntax.Doc.Diagnostics"/> (its text empty, its
    /// layers empty), and lets the rest go as early as it can: of each document's text, all but the words the graph is
    /// built from (its names and event triggers as written) as soon as the document is analysed, and its layers document
    /// by document as the graph's last pass is done with them, so that the texts are never held until every document is
    /// analysed, and the analyses and the whole graph never at the same time: for a caller that needs only the graph and the diagnostics.
    /// The graph is the same either way.
    /// </summary>
    public bool KeepAnnotations { get; init; } = true;

    /// <summary>
    /// Told how far the run has got: once at the start, as documents are analysed (at most once per
    /// <see cref="ProgressInterval"/>), when analysis ends and when resolution starts. Reports come one at a time,
    /// from whichever thread is analysing, so <see cref="IProgress{T}.Report"/> should be quick; null for none.
    /// </summary>
    public IProgress<AnalysisProgress>? Progress { get; init; }

    /// <summary>The least time between two reports while documents are analysed; <see cref="TimeSpan.Zero"/> reports after every step.</summary>
    public TimeSpan ProgressInterval { get; init; } = DefaultProgressInterval;
}
