using System.Collections.Immutable;
using Knowledge.Ingestion;

namespace Knowledge.Store;

/// <summary>The queue: documents stored as pending, and workers that claim, analyse and commit them.</summary>
public sealed partial class KnowledgeStore
{
    /// <summary>How many documents <see cref="Enqueue"/> writes in one transaction.</summary>
    private const int EnqueueBatchSize = 256;

    /// <summary>
    /// Stores documents as pending, with their whole source, for workers (<see cref="Work"/>) to analyse. A
    /// document already stored with the same id and content (queued, being worked on or analysed) is left as it
    /// is; one whose content changed is queued again and its old mentions dropped. Documents are read lazily and
    /// written in transactions of a few hundred.
    /// </summary>
    /// <returns>How many documents were queued (new or changed).</returns>
    public int Enqueue(IEnumerable<SourceDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var rows = new DocumentRows(_backend);
        var queue = new QueueRows(_backend);
        int queued = 0;
        foreach (var batch in documents.Chunk(EnqueueBatchSize))
        {
            queued += Guard("queueing documents", () =>
            {
                int written = 0;
                using var transaction = _backend.Connection.BeginTransaction();
                // A batch naming one id twice keeps the last, as Add does.
                foreach (var source in batch.GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.Last()))
                {
                    string hash = ContentHash.Of(source, Pipeline);
                    if (rows.Header(source.Id, transaction) is { } stored && stored.ContentHash == hash) continue;
                    queue.Enqueue(transaction, source, hash);
                    written++;
                }
                if (written > 0) rows.BumpRevision(transaction);
                transaction.Commit();
                return written;
            });
        }
        return queued;
    }

    /// <summary>How many of the store's documents are pending, claimed, analysed and failed.</summary>
    public QueueStatus QueueStatus() => Guard("reading the queue", () => new QueueRows(_backend).Status());

    /// <summary>
    /// The first <paramref name="limit"/> failed documents (by id) and why each failed: its analysis's error, its queued
    /// source or its stored analysis that could not be read. A document that failed in a store written before reasons were
    /// kept has none.
    /// </summary>
    public IReadOnlyList<FailedDocument> FailedDocuments(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 0);
        return Guard("reading the queue", () => new QueueRows(_backend).Failed(limit));
    }

    /// <summary>
    /// Runs a worker: claims batches of pending documents (and documents whose claim expired), analyses each
    /// batch in parallel and commits their mentions in one transaction, but only the documents whose claim it
    /// still holds; a document another worker took meanwhile is left to that worker. Stops when the queue is
    /// drained (nothing pending, nothing claimed: while other workers hold claims it waits, to take their
    /// documents if their claims expire), or, with <see cref="WorkerOptions.Follow"/>, when
    /// <paramref name="cancellationToken"/> is cancelled; a cancelled worker first commits the batch in hand.
    /// When it finds the queue drained and the saved graph out of date, it resolves the graph
    /// (<see cref="Resolve()"/>), so the last worker to finish leaves it current.
    /// Several workers, in one process or many, may share a store; the graph does not depend on which did what.
    /// </summary>
    public WorkResult Work(WorkerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        if (options.ClaimDuration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), "the claim duration must be positive");
        string workerId = options.WorkerId ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
        var queue = new QueueRows(_backend);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        int batches = 0, analysed = 0, failed = 0, lost = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = Guard("claiming documents", () => queue.Claim(workerId, options.BatchSize, options.ClaimDuration));
            if (claimed.Count == 0)
            {
                // Documents other workers hold are finished by them, or by this worker once their claims expire.
                bool drained = QueueStatus().IsDrained;
                if (drained) LoadGraph(diagnostics.Add);
                if ((drained && !options.Follow) || cancellationToken.WaitHandle.WaitOne(options.PollInterval)) break;
                continue;
            }
            batches++;
            var documents = Analyse(claimed.Documents, options.MaxDegreeOfParallelism);
            var (committed, damaged) = Guard($"committing batch {batches}", () => Commit(queue, workerId, documents, claimed.Damaged));
            foreach (var document in committed)
            {
                diagnostics.AddRange(document.Doc.Diagnostics);
                if (document.Failed) failed++; else analysed++;
            }
            // A document whose stored source cannot be read fails alone: the rest of the batch and of the queue goes on.
            diagnostics.AddRange(damaged.Select(d => d.Problem));
            failed += damaged.Count;
            lost += claimed.Count - committed.Count - damaged.Count;
        }
        return new WorkResult(workerId, batches, analysed, failed, lost, diagnostics.ToImmutable());
    }

    // The stored hash names the analysis this worker made (its pipeline), as Add's does.
    private AnalysedDocument[] Analyse(IReadOnlyList<SourceDocument> claimed, int? maxDegreeOfParallelism) =>
        Pipeline.AnalyseBatchWithOutcomes(claimed, maxDegreeOfParallelism)
            .Select((a, i) => new AnalysedDocument(claimed[i], ContentHash.Of(claimed[i], Pipeline), a.Doc, a.Failed))
            .ToArray();

    // One transaction: each document is written (a damaged one marked failed) only while this worker's claim on it holds.
    private (List<AnalysedDocument> Committed, List<DamagedDocument> Damaged) Commit(
        QueueRows queue, string workerId, AnalysedDocument[] documents, IReadOnlyList<DamagedDocument> damaged)
    {
        var rows = new DocumentRows(_backend);
        var committed = new List<AnalysedDocument>(documents.Length);
        var marked = new List<DamagedDocument>(damaged.Count);
        using var transaction = _backend.Connection.BeginTransaction();
        foreach (var document in documents)
        {
            if (!queue.HoldClaim(transaction, workerId, document.Source.Id)) continue;
            rows.Write(transaction, document);
            committed.Add(document);
        }
        foreach (var document in damaged)
        {
            if (!queue.HoldClaim(transaction, workerId, document.Id)) continue;
            queue.MarkDamaged(transaction, document);
            marked.Add(document);
        }
        if (committed.Count + marked.Count > 0) rows.BumpRevision(transaction);
        transaction.Commit();
        return (committed, marked);
    }
}
