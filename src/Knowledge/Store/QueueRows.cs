using System.Data.Common;
using System.Globalization;
using Knowledge.Ingestion;

namespace Knowledge.Store;

/// <summary>Reads and writes the queue's side of the <c>documents</c> table over any backend's connection.</summary>
internal sealed class QueueRows(IStoreBackend backend)
{
    private DbConnection Connection => backend.Connection;

    /// <summary>
    /// Stores a document as pending with its whole source (body included), dropping any analysis an older
    /// version of it had, inside <paramref name="transaction"/>.
    /// </summary>
    public void Enqueue(DbTransaction transaction, SourceDocument source, string contentHash)
        => new DocumentRows(backend).ReplaceRow(transaction, source, contentHash, DocumentState.Pending, withBody: true, text: null, failure: null);

    /// <summary>
    /// Claims a batch for a worker in its own transaction; the documents come back in id order. A document whose
    /// stored source cannot be decoded is claimed too, and comes back among the damaged, with the reason.
    /// </summary>
    public QueueClaim Claim(string workerId, int batchSize, TimeSpan claimDuration)
    {
        var claimed = new List<SourceDocument>();
        var damaged = new List<DamagedDocument>();
        using var transaction = Connection.BeginTransaction();
        using (var command = StoreCommands.Create(Connection, transaction, QueueSql.Claim(backend.Dialect),
            ("worker", workerId), ("claim_ms", (long)claimDuration.TotalMilliseconds), ("batch", batchSize)))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                string id = reader.GetString(0);
                if (TryDecode(id, reader.GetString(1), out var source, out string? reason)) claimed.Add(source);
                else damaged.Add(DamagedDocument.Of(id, reader.GetString(2), reason));
            }
        transaction.Commit();
        claimed.Sort((a, b) => StringComparer.Ordinal.Compare(a.Id, b.Id));
        damaged.Sort((a, b) => StringComparer.Ordinal.Compare(a.Id, b.Id));
        return new QueueClaim([.. claimed], [.. damaged]);
    }

    /// <summary>
    /// Marks a claimed document whose source cannot be read as failed, with why, inside <paramref name="transaction"/>: no
    /// text (resolution does not read it) and no content hash, so enqueueing it again, even with the same content, queues it.
    /// </summary>
    public void MarkDamaged(DbTransaction transaction, DamagedDocument document)
        => StoreCommands.Execute(Connection, transaction, QueueSql.MarkDamaged, ("id", document.Id), ("failure", document.Failure));

    /// <summary>The first <paramref name="limit"/> failed documents, in ordinal id order, each with why it failed.</summary>
    public List<FailedDocument> Failed(int limit)
    {
        var failed = new List<FailedDocument>();
        using (var command = StoreCommands.Create(Connection, null, QueueSql.SelectFailed, ("limit", limit)))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) failed.Add(new FailedDocument(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        failed.Sort((a, b) => StringComparer.Ordinal.Compare(a.Id, b.Id));
        return failed;
    }

    /// <summary>Whether <paramref name="workerId"/> still holds its claim on a document; if so the claim is kept locked until the transaction ends.</summary>
    public bool HoldClaim(DbTransaction transaction, string workerId, string id)
    {
        using var command = StoreCommands.Create(Connection, transaction, QueueSql.HoldClaim, ("worker", workerId), ("id", id));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>How many documents are in each state.</summary>
    public QueueStatus Status()
    {
        var counts = new Dictionary<DocumentState, int>();
        using var command = StoreCommands.Create(Connection, null, QueueSql.CountByState);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            counts[DocumentStates.Parse(reader.GetString(0))] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        int Count(DocumentState state) => counts.GetValueOrDefault(state);
        return new QueueStatus(Count(DocumentState.Pending), Count(DocumentState.Claimed), Count(DocumentState.Analysed), Count(DocumentState.Failed));
    }

    private static bool TryDecode(string id, string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SourceDocument? source,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? reason)
    {
        source = null;
        try
        {
            var decoded = AnalysisCodec.DecodeSource(json);
            if (decoded.Id != id)
            {
                reason = decoded.Id is null ? "it names no id" : $"it names another id, \"{decoded.Id}\"";
                return false;
            }
            source = decoded;
            reason = null;
            return true;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or NotSupportedException or ArgumentException)
        {
            reason = e.Message;
            return false;
        }
    }
}
