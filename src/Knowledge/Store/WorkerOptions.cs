namespace Knowledge.Store;

/// <summary>How a worker (<see cref="KnowledgeStore.Work"/>) takes queued documents from a store.</summary>
public sealed record WorkerOptions
{
    /// <summary>The default number of documents a worker claims at once.</summary>
    public const int DefaultBatchSize = 16;

    /// <summary>How many pending documents a worker claims at once, analyses in parallel and commits in one transaction.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>
    /// How long a claim holds. A worker that has not committed its batch by then is taken for dead: its
    /// documents are claimed again by others, and its own late commit is refused. Longer than a batch takes.
    /// </summary>
    public TimeSpan ClaimDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether the worker keeps polling for new documents when the queue is empty, until cancelled.</summary>
    public bool Follow { get; init; }

    /// <summary>How long a worker waits before it looks again at a queue with nothing to claim (other workers' claims outstanding, or, following, nothing queued).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The name the worker's claims carry; null for one made of the machine name, process id and a random suffix.</summary>
    public string? WorkerId { get; init; }

    /// <summary>How many documents of a batch are analysed at once; null for one per processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
