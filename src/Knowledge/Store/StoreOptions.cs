namespace Knowledge.Store;

/// <summary>How <see cref="KnowledgeStore.Add"/> reads, analyses and writes documents.</summary>
public sealed record StoreOptions
{
    /// <summary>The default number of documents per batch.</summary>
    public const int DefaultBatchSize = 64;

    /// <summary>
    /// How many documents are analysed together and written in one transaction. At most one batch of
    /// analysed documents is held in memory; a process killed mid-run keeps every batch committed before.
    /// </summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>How many documents of a batch are analysed at once; null for one per processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
