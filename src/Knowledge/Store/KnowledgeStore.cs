using System.Collections.Immutable;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Resolution;

namespace Knowledge.Store;

/// <summary>
/// A knowledge graph kept in a database and fed over time: documents are analysed once and their
/// mentions stored; resolution runs over every stored mention, so a graph built in several steps is
/// the graph of all the documents, byte for byte the one a single run over them gives. A file path
/// opens (or creates) a SQLite file; a connection string with <c>Host=</c> opens PostgreSQL.
/// A store is used by one thread at a time; several processes may share a PostgreSQL store.
/// </summary>
public sealed partial class KnowledgeStore : IDisposable
{
    private readonly IStoreBackend _backend;

    private KnowledgeStore(IStoreBackend backend, KnowledgePipeline pipeline)
    {
        _backend = backend;
        Pipeline = pipeline;
    }

    /// <summary>The store's location as shown in messages: the file path, or the connection string without its password.</summary>
    public string Location => _backend.Location;

    /// <summary>The pipeline that analyses added documents and whose lexicons resolution reads.</summary>
    public KnowledgePipeline Pipeline { get; }

    internal IStoreBackend Backend => _backend;

    /// <summary>
    /// Opens a store, creating it when absent, and brings its schema up to date.
    /// Throws <see cref="StoreException"/> (naming the location) for a file that is not a SQLite database,
    /// another application's database, or a store written by a newer version.
    /// </summary>
    /// <param name="location">A SQLite file path, or a PostgreSQL connection string (one containing <c>Host=</c>).</param>
    /// <param name="pipeline">The pipeline to analyse documents with; null for <see cref="KnowledgePipeline.CreateDefault"/>.</param>
    public static KnowledgeStore Open(string location, KnowledgePipeline? pipeline = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        var backend = StoreBackends.Open(location);
        try
        {
            StoreSchema.Migrate(backend);
            return new KnowledgeStore(backend, pipeline ?? KnowledgePipeline.CreateDefault());
        }
        catch (Exception e) when (backend.IsDatabaseError(e))
        {
            backend.Dispose();
            throw new StoreException(backend.Location, $"cannot be read as a Knowledge store ({e.Message})", e);
        }
        catch
        {
            backend.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Adds documents: reads them in batches of <see cref="StoreOptions.BatchSize"/>, analyses each batch in
    /// parallel and writes it in one transaction. A document already stored with the same id and content is
    /// skipped; one whose content changed has its mentions replaced. Only one batch of analysed documents is
    /// held at a time. Call <see cref="Resolve()"/> (or <see cref="LoadGraph()"/>) afterwards for the graph.
    /// </summary>
    /// <param name="documents">The documents, read lazily one batch at a time.</param>
    /// <param name="options">Batch size and parallelism; null for the defaults.</param>
    /// <param name="progress">Told after each committed batch.</param>
    public StoreUpdate Add(IEnumerable<SourceDocument> documents, StoreOptions? options = null, IProgress<StoreProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new StoreOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        var rows = new DocumentRows(_backend);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var done = new StoreProgress(0, 0, 0, 0, 0, 0);
        foreach (var batch in documents.Chunk(options.BatchSize))
        {
            var counts = Guard($"writing batch {done.Batches + 1}", () => AddBatch(rows, batch, options, diagnostics));
            done = new StoreProgress(done.Documents + batch.Length, done.Batches + 1, done.Added + counts.Added,
                done.Replaced + counts.Replaced, done.Unchanged + counts.Unchanged, done.Failed + counts.Failed);
            progress?.Report(done);
        }
        return new StoreUpdate(done.Added, done.Replaced, done.Unchanged, done.Failed, diagnostics.ToImmutable());
    }

    private StoreProgress AddBatch(DocumentRows rows, SourceDocument[] batch, StoreOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        int unchanged = 0;
        var work = new List<(SourceDocument Source, string Hash, bool Stored)>();
        // A batch naming one id twice keeps the last: the store holds one document per id.
        foreach (var source in batch.GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.Last()))
        {
            string hash = ContentHash.Of(source, Pipeline);
            var header = rows.Header(source.Id);
            bool stored = header is { State: DocumentState.Analysed or DocumentState.Failed };
            if (stored && header!.Value.ContentHash == hash) unchanged++;
            else work.Add((source, hash, stored));
        }
        var analysed = Pipeline.AnalyseBatchWithOutcomes(work.ConvertAll(w => w.Source), options.MaxDegreeOfParallelism)
            .Select((a, i) => new AnalysedDocument(work[i].Source, work[i].Hash, a.Doc, a.Failed))
            .ToArray();
        if (analysed.Length > 0)
        {
            using var transaction = _backend.Connection.BeginTransaction();
            foreach (var document in analysed) rows.Write(transaction, document);
            rows.BumpRevision(transaction);
            transaction.Commit();
        }
        foreach (var document in analysed) diagnostics.AddRange(document.Doc.Diagnostics);
        int failedCount = analysed.Count(a => a.Failed);
        int replaced = Enumerable.Range(0, work.Count).Count(i => work[i].Stored && !analysed[i].Failed);
        return new StoreProgress(batch.Length, 1, work.Count - replaced - failedCount, replaced, unchanged, failedCount);
    }

    /// <summary>
    /// Resolves every stored document's mentions into the graph (deterministically: the same documents give
    /// the same graph, whatever order and steps they were added in), saves it in the store and returns it.
    /// The pipeline's <see cref="KnowledgePipeline.Curation"/> is applied; a curated graph is returned, not saved.
    /// A document whose stored analysis cannot be read is left out and marked failed (see <see cref="Resolve(Action{Diagnostic})"/>).
    /// </summary>
    public KnowledgeGraph Resolve() => Resolve(report: null);

    /// <summary>
    /// <see cref="Resolve()"/>, telling <paramref name="report"/> of each document whose stored analysis cannot be read
    /// (a row edited by hand, a disk fault): an error naming the store, the document and the row. Such a document is left
    /// out of the graph and marked failed (its queue status says why), so the graph is every other document's and the next
    /// resolution does not meet it again; adding or enqueueing it again analyses it again.
    /// </summary>
    public KnowledgeGraph Resolve(Action<Diagnostic>? report) => Resolve(damaged => new StoredDocumentSource(_backend, damaged), report);

    /// <summary><see cref="Resolve()"/>, reading the documents each attempt from a source <paramref name="documents"/> makes (handing it where to send damaged documents).</summary>
    internal KnowledgeGraph Resolve(Func<Action<DamagedAnalysis>, IDocumentSource> documents, Action<Diagnostic>? report) => Guard("resolving the graph", () =>
    {
        var rows = new DocumentRows(_backend);
        // Resolution reads the documents twice, one at a time; when another process changed them in between, the
        // passes may disagree, so resolve again (a few times at most: the graph saved is then marked out of date).
        // Marking a damaged document failed changes them too: one only the second pass found had its entities
        // resolved in the first, so the graph is resolved again without it.
        long revision;
        KnowledgeGraph graph;
        int attempts = 0;
        do
        {
            revision = rows.Revision(StoreSql.DocumentsRevision);
            var damaged = new List<DamagedAnalysis>();
            graph = new GraphAssembler(Pipeline.Lexicons, Pipeline.Curation).Assemble(documents(damaged.Add));
            if (damaged.Count > 0) MarkDamaged(rows, damaged, report);
        }
        while (rows.Revision(StoreSql.DocumentsRevision) != revision && ++attempts < MaxResolveAttempts);
        // A graph resolved with corrections by hand is not saved: the saved graph stays the one the documents alone give,
        // and a changed curation file takes effect on the next read.
        if (Pipeline.Curation.IsEmpty) new GraphRows(_backend).Save(graph, revision);
        return graph;
    });

    // One transaction: each damaged document (found by either pass, or both) is marked failed and reported once; one that
    // another process replaced meanwhile is left to the next attempt, which reads it anew.
    private void MarkDamaged(DocumentRows rows, List<DamagedAnalysis> damaged, Action<Diagnostic>? report)
    {
        var marked = new List<DamagedAnalysis>(damaged.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using (var transaction = _backend.Connection.BeginTransaction())
        {
            foreach (var damage in damaged)
                if (seen.Add(damage.Id) && rows.MarkDamaged(transaction, damage)) marked.Add(damage);
            if (marked.Count > 0) rows.BumpRevision(transaction);
            transaction.Commit();
        }
        if (report is null) return;
        foreach (var damage in marked) report(damage.Problem(Location));
    }

    private const int MaxResolveAttempts = 3;

    /// <summary>
    /// The graph saved by the last <see cref="Resolve()"/>; resolves first when documents changed since, and
    /// always when the pipeline has a curation (a curated graph is not saved).
    /// </summary>
    public KnowledgeGraph LoadGraph() => LoadGraph(report: null);

    /// <summary><see cref="LoadGraph()"/>, telling <paramref name="report"/> of each document a resolution finds damaged (see <see cref="Resolve(Action{Diagnostic})"/>).</summary>
    public KnowledgeGraph LoadGraph(Action<Diagnostic>? report)
    {
        bool current = Pipeline.Curation.IsEmpty && Guard("reading the graph", () =>
        {
            var rows = new DocumentRows(_backend);
            return rows.Revision(StoreSql.GraphRevision) == rows.Revision(StoreSql.DocumentsRevision);
        });
        return current ? Guard("reading the graph", () => new GraphRows(_backend).Read()) : Resolve(report);
    }

    /// <summary>How many documents the store holds analysed (failed ones included).</summary>
    public int DocumentCount => Guard("counting documents", () => new DocumentRows(_backend).CountAnalysed());

    /// <summary>Runs a step against the database, reporting the database's own errors as a <see cref="StoreException"/> naming the store.</summary>
    internal T Guard<T>(string step, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (_backend.IsDatabaseError(e))
        {
            throw new StoreException(Location, $"{step} failed ({e.Message})", e);
        }
    }

    /// <summary>Closes the store's connection.</summary>
    public void Dispose() => _backend.Dispose();
}
