namespace Knowledge.Store;

/// <summary>
/// The queue's statements, in one place for every dialect: what differs (the database's clock and the
/// row locks workers skip) comes from the <see cref="StoreDialect"/>.
/// </summary>
internal static class QueueSql
{
    /// <summary>
    /// Claims up to <c>@batch</c> documents that are pending or whose claim expired (in id order), for
    /// <c>@worker</c> until now + <c>@claim_ms</c>; returns their id, stored source and source path.
    /// </summary>
    public static string Claim(StoreDialect dialect) =>
        $"""
        UPDATE documents SET state = 'claimed', claimed_by = @worker, claim_expires = {dialect.NowMilliseconds} + @claim_ms
        WHERE id IN (
            SELECT id FROM documents
            WHERE state = 'pending' OR (state = 'claimed' AND claim_expires < {dialect.NowMilliseconds})
            ORDER BY id LIMIT @batch {dialect.ClaimLock})
        RETURNING id, source, source_path
        """;

    /// <summary>
    /// Touches a document only while <c>@worker</c> still holds its claim: one row affected means the claim
    /// holds, and the row stays locked (PostgreSQL) or the database does (SQLite) until the transaction ends,
    /// so no other worker can take it between this check and the commit of its mentions.
    /// </summary>
    public const string HoldClaim =
        "UPDATE documents SET claimed_by = @worker WHERE id = @id AND state = 'claimed' AND claimed_by = @worker";

    /// <summary>
    /// Marks a document whose stored source cannot be read as failed, with why (<c>@failure</c>): without text, so
    /// resolution skips it, and without a content hash, so any enqueue of that id queues it again.
    /// </summary>
    public const string MarkDamaged =
        "UPDATE documents SET state = 'failed', content_hash = '', claimed_by = NULL, claim_expires = NULL, text = NULL, failure = @failure WHERE id = @id";

    /// <summary>The first <c>@limit</c> failed documents, by id, and why each failed (NULL when it failed before the store kept reasons).</summary>
    public const string SelectFailed = "SELECT id, failure FROM documents WHERE state = 'failed' ORDER BY id LIMIT @limit";

    /// <summary>How many documents are in each state.</summary>
    public const string CountByState = "SELECT state, COUNT(*) FROM documents GROUP BY state";
}
