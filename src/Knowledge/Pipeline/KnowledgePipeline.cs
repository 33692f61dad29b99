using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Resolution;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Pipeline;

/// <summary>
/// Runs documents through a list of components and builds the knowledge graph from the
/// annotated documents. Create one with <see cref="CreateDefault"/> or a <see cref="KnowledgePipelineBuilder"/>.
/// </summary>
public sealed class KnowledgePipeline
{
    internal KnowledgePipeline(ImmutableArray<IDocComponent> components, LexiconSet lexicons, EntityCuration curation)
    {
        Components = components;
        Lexicons = lexicons;
        Curation = curation;
    }

    /// <summary>The components, in the order they run.</summary>
    public ImmutableArray<IDocComponent> Components { get; }

    /// <summary>The lexicons the resolution step reads (the builder's, <see cref="LexiconSet.Default"/> unless it was given others).</summary>
    public LexiconSet Lexicons { get; }

    /// <summary>The corrections resolution applies (names merged or split by hand); <see cref="EntityCuration.Empty"/> unless the builder was given some.</summary>
    public EntityCuration Curation { get; }

    /// <summary>A pipeline with the default English components.</summary>
    public static KnowledgePipeline CreateDefault() => new KnowledgePipelineBuilder().UseDefaults().Build();

    /// <summary>Analyses one document: builds its text from the source, then runs every component.</summary>
    public Doc Process(SourceDocument source) => Process(source, null);

    // Building the text is the first step a progress report counts; each component is one more.
    private Doc Process(SourceDocument source, AnalysisProgressReporter.DocumentProgress? progress)
    {
        var doc = DocumentTextBuilder.Build(source);
        progress?.StepDone();
        foreach (var c in Components)
        {
            doc = progress is not null && c is ISteppedComponent stepped ? stepped.Process(doc, progress.PartDone) : c.Process(doc);
            progress?.StepDone();
        }
        return doc;
    }

    /// <summary>
    /// Analyses one document; when a component throws, an empty document carrying the error, and <paramref name="failed"/> set:
    /// one document that trips a bug must not cost the whole run.
    /// </summary>
    private Doc ProcessOrReport(SourceDocument source, AnalysisProgressReporter.DocumentProgress? progress, out bool failed)
    {
        try
        {
            failed = false;
            return Process(source, progress);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failed = true;
            var error = DocumentTextBuilder.Problem(source, $"analysis failed ({e.GetType().Name}: {e.Message}); document skipped", DiagnosticSeverity.Error);
            return new Doc(source, "", ImmutableArray<Block>.Empty) { Diagnostics = [error] };
        }
    }

    /// <summary>The order <see cref="Run(IEnumerable{SourceDocument}, PipelineRunOptions)"/> resolves documents in: by id, then by source path (ordinal).</summary>
    internal static ImmutableArray<Doc> InResolutionOrder(IEnumerable<Doc> docs) =>
        docs.OrderBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Source.Origin.Path, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>
    /// Each document's own part of the graph (see <see cref="DocumentGraphParts"/>), made in parallel when there is more than
    /// one worker, so that the single-threaded assembly only adds them; none (default) on one worker, where the assembly
    /// makes them itself at no extra cost. Made after the analysis, not in its workers: made there, the nodes (12.8 MB at
    /// 100x, all of them kept by the graph) were promoted through every collection of the analysis phase, and measured
    /// more CPU and wall time than the assembly saved, on one thread and on two.
    /// </summary>
    private static ImmutableArray<DocumentGraphParts?> GraphParts(ImmutableArray<Doc> docs, int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism <= 1 || docs.Length < 2) return default;
        var parts = new DocumentGraphParts?[docs.Length];
        Parallel.For(0, docs.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => parts[i] = DocumentGraphParts.Of(docs[i]));
        return ImmutableCollectionsMarshal.AsImmutableArray(parts);
    }

    /// <summary>
    /// Analyses documents in parallel and resolves their entities into one graph. The result does
    /// not depend on the order of <paramref name="sources"/> or on the degree of parallelism.
    /// </summary>
    /// <param name="sources">
    /// The documents. A sequence that is not a list is read one document at a time as the analysis goes, never
    /// held whole, so that (with keepTokens: false) each body can be collected once its document is analysed.
    /// </param>
    /// <param name="maxDegreeOfParallelism">How many documents are analysed at once; null for one per processor.</param>
    /// <param name="keepTokens">
    /// Whether each analysed document keeps its tokens, sentences and blocks (with their per-character
    /// map back to the source fields), and its source's body. A caller that needs only the graph passes false:
    /// documents then keep their text and their entity, role, quote, event and relation layers, and a source
    /// with every field but its <see cref="SourceDocument.Body"/> (empty; <see cref="Doc.Text"/> holds the text
    /// built from it), and a large corpus needs far less memory while its graph is built. The graph is the same either way.
    /// </param>
    public KnowledgeResult Run(IEnumerable<SourceDocument> sources, int? maxDegreeOfParallelism = null, bool keepTokens = true) =>
        Run(sources, new PipelineRunOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, KeepTokens = keepTokens });

    /// <summary>
    /// Analyses documents in parallel and resolves their entities into one graph, as <see cref="Run(IEnumerable{SourceDocument}, int?, bool)"/>,
    /// telling <see cref="PipelineRunOptions.Progress"/> how far it has got. The result does not depend on the options'
    /// progress settings, the order of <paramref name="sources"/> or the degree of parallelism.
    /// </summary>
    /// <param name="sources">
    /// The documents. Without <see cref="PipelineRunOptions.Progress"/>, a sequence that is not a list is read one document
    /// at a time as the analysis goes, never held whole; a progress report needs the totals first, so it reads them all first.
    /// </param>
    /// <param name="options">Parallelism, what documents keep, and who is told of progress.</param>
    public KnowledgeResult Run(IEnumerable<SourceDocument> sources, PipelineRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        DocAnalysis[]? docs;
        AnalysisProgressReporter? reporter = null;
        var retention = AnalysisRetentions.Of(options);
        if (options.Progress is null && sources is not IReadOnlyList<SourceDocument>)
        {
            // Nothing needs the totals up front: analysed as read, a stream is never held whole.
            docs = AnalyseStream(sources, options.MaxDegreeOfParallelism, retention);
        }
        else
        {
            var list = sources as IReadOnlyList<SourceDocument> ?? sources.ToList();
            reporter = options.Progress is null
                ? null
                : new AnalysisProgressReporter(list, Components.Length + 1, options.Progress, options.ProgressInterval);
            reporter?.Report(AnalysisStage.Analysing);
            docs = AnalyseAll(list, options.MaxDegreeOfParallelism, retention, reporter);
            reporter?.Report(AnalysisStage.Analysing);
        }
        var ordered = InResolutionOrder(docs.Select(d => d.Doc));
        // Nothing but the ordered array may hold the analyses now, so that without annotations kept they can go as the assembly reads them.
        docs = null;
        reporter?.Report(AnalysisStage.Resolving);
        var parts = GraphParts(ordered, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
        var assembler = new GraphAssembler(Lexicons, Curation);
        if (options.KeepAnnotations) return new KnowledgeResult(assembler.Assemble(ordered, parts), ordered);
        var kept = WithoutAnnotations(ordered);
        var source = InMemoryDocumentSource.Releasing(ImmutableCollectionsMarshal.AsArray(ordered)!, parts);
        ordered = default;
        return new KnowledgeResult(assembler.Assemble(source), kept);
    }

    /// <summary>
    /// The analyses of <paramref name="sources"/> as a run with <paramref name="options"/> holds them once every document is
    /// analysed, in resolution order (no progress is reported): for a measurement of what that costs.
    /// </summary>
    internal ImmutableArray<Doc> AnalyseForRun(IEnumerable<SourceDocument> sources, PipelineRunOptions options)
    {
        var retention = AnalysisRetentions.Of(options);
        var docs = sources is IReadOnlyList<SourceDocument> list
            ? AnalyseAll(list, options.MaxDegreeOfParallelism, retention, progress: null)
            : AnalyseStream(sources, options.MaxDegreeOfParallelism, retention);
        return InResolutionOrder(docs.Select(d => d.Doc));
    }

    /// <summary>What a document keeps when the run keeps no annotations (<see cref="PipelineRunOptions.KeepAnnotations"/>): its source and its diagnostics.</summary>
    private static ImmutableArray<Doc> WithoutAnnotations(ImmutableArray<Doc> docs)
    {
        var kept = new Doc[docs.Length];
        for (int i = 0; i < kept.Length; i++)
            kept[i] = new Doc(docs[i].Source, "", ImmutableArray<Block>.Empty) { Diagnostics = docs[i].Diagnostics };
        return ImmutableCollectionsMarshal.AsImmutableArray(kept);
    }

    /// <summary>
    /// Analyses one batch of documents in parallel, keeping only what resolution needs (as <see cref="Run(IEnumerable{SourceDocument}, int?, bool)"/> with
    /// keepTokens: false: no tokens, sentences or blocks, and sources without their body): the documents come back in the batch's order, ready to be stored. A document whose
    /// analysis fails comes back empty, carrying an error diagnostic.
    /// </summary>
    /// <param name="batch">The documents.</param>
    /// <param name="maxDegreeOfParallelism">How many documents are analysed at once; null for one per processor.</param>
    public ImmutableArray<Doc> AnalyseBatch(IReadOnlyList<SourceDocument> batch, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return [.. AnalyseAll(batch, maxDegreeOfParallelism, AnalysisRetention.Annotations, progress: null).Select(d => d.Doc)];
    }

    /// <summary><see cref="AnalyseBatch"/>, telling each failed analysis from a document that merely carries an error (the store records it as failed).</summary>
    internal DocAnalysis[] AnalyseBatchWithOutcomes(IReadOnlyList<SourceDocument> batch, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return AnalyseAll(batch, maxDegreeOfParallelism, AnalysisRetention.Annotations, progress: null);
    }

    /// <summary>
    /// Reads <paramref name="sources"/> lazily in batches of <paramref name="batchSize"/> and analyses each batch with
    /// <see cref="AnalyseBatch"/>, handing each out before the next is read: at most one batch of sources and one
    /// of analysed documents is held at a time, however long the stream.
    /// </summary>
    /// <param name="sources">The documents, read as they are needed.</param>
    /// <param name="batchSize">How many documents make a batch (at least 1).</param>
    /// <param name="maxDegreeOfParallelism">How many documents are analysed at once; null for one per processor.</param>
    public IEnumerable<ImmutableArray<Doc>> AnalyseInBatches(IEnumerable<SourceDocument> sources, int batchSize, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return Batches(sources, batchSize).Select(batch => AnalyseBatch(batch, maxDegreeOfParallelism));
    }

    private static IEnumerable<List<SourceDocument>> Batches(IEnumerable<SourceDocument> sources, int batchSize)
    {
        var batch = new List<SourceDocument>(batchSize);
        foreach (var source in sources)
        {
            batch.Add(source);
            if (batch.Count < batchSize) continue;
            yield return batch;
            batch = new List<SourceDocument>(batchSize);
        }
        if (batch.Count > 0) yield return batch;
    }

    // The one parallel analysis loop over a list: a one-shot run, a batch handed to a caller, and the store's Add and Work all use it.
    private DocAnalysis[] AnalyseAll(IReadOnlyList<SourceDocument> sources, int? maxDegreeOfParallelism, AnalysisRetention retention, AnalysisProgressReporter? progress)
    {
        var docs = new DocAnalysis[sources.Count];
        Parallel.For(0, sources.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount },
            i => docs[i] = Analyse(sources[i], retention, progress));
        return docs;
    }

    /// <summary>
    /// Analyses documents as they are read, taking them one at a time from <paramref name="sources"/> (never read ahead),
    /// so that without the tokens kept a document's body can be collected as soon as it is analysed, however long the
    /// stream. The analyses come back in the stream's order, as <see cref="AnalyseAll"/> gives a list's.
    /// </summary>
    private DocAnalysis[] AnalyseStream(IEnumerable<SourceDocument> sources, int? maxDegreeOfParallelism, AnalysisRetention retention)
    {
        var docs = new List<DocAnalysis>();
        try
        {
            Parallel.ForEach(Partitioner.Create(sources, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount },
                (source, _, index) =>
                {
                    var analysis = Analyse(source, retention, progress: null);
                    lock (docs)
                    {
                        while (docs.Count <= index) docs.Add(default);
                        docs[(int)index] = analysis;
                    }
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // Analysis errors are caught per document; what is left is the reader's, thrown as reading a list would throw it.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return [.. docs];
    }

    /// <summary>Analyses one document, keeping what <paramref name="retention"/> says (see <see cref="AnalysisRetentions.Keep"/>).</summary>
    private DocAnalysis Analyse(SourceDocument source, AnalysisRetention retention, AnalysisProgressReporter? progress)
    {
        var steps = progress?.Start(source);
        var doc = ProcessOrReport(source, steps, out bool failed);
        steps?.Done();
        return new DocAnalysis(AnalysisRetentions.Keep(doc, retention), failed);
    }
}
