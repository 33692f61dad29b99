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
        => new DocumentRows(backend).ReplaceRow(transaction, source, contentHash, DocumentState.Pending, withBody: true, text: null);

    /// <summary>Claims a batch for a worker in its own transaction; the documents come back in id order.</summary>
    public List<SourceDocument> Claim(string workerId, int batchSize, TimeSpan claimDuration)
    {
        var claimed = new List<SourceDocument>();
        using var transaction = Connection.BeginTransaction();
        using (var command = StoreCommands.Create(Connection, transaction, QueueSql.Claim(backend.Dialect),
            ("worker", workerId), ("claim_ms", (long)claimDuration.TotalMilliseconds), ("batch", batchSize)))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                claimed.Add(Decode(reader.GetString(0), reader.GetString(1)));
        transaction.Commit();
        claimed.Sort((a, b) => StringComparer.Ordinal.Compare(a.Id, b.Id));
        return claimed;
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

    private SourceDocument Decode(string id, string json)
    {
        try
        {
            return AnalysisCodec.DecodeSource(json);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or NotSupportedException)
        {
            throw new StoreException(backend.Location, $"queued document \"{id}\" has a damaged stored source ({e.Message})", e);
        }
    }
}
