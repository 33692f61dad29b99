namespace Knowledge.Store;

/// <summary>How many of a store's documents are in each state of the queue.</summary>
/// <param name="Pending">Queued, waiting for a worker.</param>
/// <param name="Claimed">Held by a worker (perhaps a dead one, until its claim expires).</param>
/// <param name="Analysed">Analysed, their mentions stored.</param>
/// <param name="Failed">Failed: the analysis failed, or the stored source or analysis could not be read (enqueue it again to retry; <see cref="KnowledgeStore.FailedDocuments"/> says why).</param>
public sealed record QueueStatus(int Pending, int Claimed, int Analysed, int Failed)
{
    /// <summary>Whether no document waits for a worker or is being worked on.</summary>
    public bool IsDrained => Pending + Claimed == 0;
}
