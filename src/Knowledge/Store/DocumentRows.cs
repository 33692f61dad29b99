using System.Data.Common;
using System.Globalization;
using Knowledge.Ingestion;
using Knowledge.Syntax;

namespace Knowledge.Store;

/// <summary>Reads and writes documents and their mention rows over any backend's connection.</summary>
internal sealed class DocumentRows(IStoreBackend backend)
{
    private DbConnection Connection => backend.Connection;

    /// <summary>The stored content hash and state of a document, or null when the store does not have it.</summary>
    public (string ContentHash, DocumentState State)? Header(string id, DbTransaction? transaction = null)
    {
        using var command = StoreCommands.Create(Connection, transaction, StoreSql.SelectDocumentHeader, ("id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return (reader.GetString(0), DocumentStates.Parse(reader.GetString(1)));
    }

    /// <summary>Writes an analysed document, replacing its row and every mention row it had, inside <paramref name="transaction"/>.</summary>
    public void Write(DbTransaction transaction, AnalysedDocument document)
    {
        var source = document.Source;
        ReplaceRow(transaction, source, document.ContentHash, document.State, withBody: false, document.Doc.Text, document.Failure);
        using var insert = StoreCommands.Create(Connection, transaction, StoreSql.InsertMention);
        var docId = StoreCommands.Add(insert, "doc_id", source.Id);
        var layer = StoreCommands.Add(insert, "layer", "");
        var ordinal = StoreCommands.Add(insert, "ordinal", 0);
        var start = StoreCommands.Add(insert, "start_offset", 0);
        var end = StoreCommands.Add(insert, "end_offset", 0);
        var record = StoreCommands.Add(insert, "record", "");
        foreach (var row in AnalysisCodec.Rows(document.Doc))
        {
            layer.Value = row.Layer.Name();
            ordinal.Value = row.Ordinal;
            start.Value = row.Start;
            end.Value = row.End;
            record.Value = row.Record;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Writes a document's row (its source fields, the body only when <paramref name="withBody"/>, and the analysed
    /// text when there is one, and why it failed when it did) and deletes every mention row it had, inside <paramref name="transaction"/>.
    /// </summary>
    public void ReplaceRow(DbTransaction transaction, SourceDocument source, string contentHash, DocumentState state, bool withBody, string? text, string? failure)
    {
        StoreCommands.Execute(Connection, transaction, StoreSql.UpsertDocument,
            ("id", source.Id),
            ("content_hash", contentHash),
            ("source_path", source.Origin.Path),
            ("record_index", source.Origin.RecordIndex),
            ("published", source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("title", source.Title),
            ("state", state.Name()),
            ("source", AnalysisCodec.EncodeSource(source, withBody)),
            ("text", text),
            ("failure", failure));
        StoreCommands.Execute(Connection, transaction, StoreSql.DeleteMentions, ("doc_id", source.Id));
    }

    /// <summary>Marks the documents as changed, so the saved graph is known to be out of date.</summary>
    public void BumpRevision(DbTransaction transaction)
        => StoreCommands.Execute(Connection, transaction, StoreSql.BumpDocumentsRevision);

    /// <summary>A revision counter of <c>store_state</c> (<see cref="StoreSql.DocumentsRevision"/> or <see cref="StoreSql.GraphRevision"/>).</summary>
    public long Revision(string name, DbTransaction? transaction = null)
    {
        using var command = StoreCommands.Create(Connection, transaction, StoreSql.SelectRevision, ("name", name));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>How many analysed documents (failed ones included) the store holds.</summary>
    public int CountAnalysed()
    {
        using var command = StoreCommands.Create(Connection, null, StoreSql.CountDocuments);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The ids of every analysed document (failed ones included), in resolution order: ordinal, as a one-shot run sorts
    /// its documents (the store holds one document per id), whatever order the database's collation would give.
    /// </summary>
    public List<string> AnalysedIds()
    {
        var ids = new List<string>();
        using (var command = StoreCommands.Create(Connection, null, StoreSql.SelectAnalysedIds))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) ids.Add(reader.GetString(0));
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>
    /// The analysed documents of <paramref name="ids"/>, each rebuilt from its rows with the layers <paramref name="wanted"/>
    /// only, read one at a time as enumerated (a document removed since its id was read is skipped): resolution holds one
    /// stored document at a time, not the corpus. A document whose source or a wanted mention row cannot be decoded is
    /// skipped and handed to <paramref name="damaged"/>.
    /// </summary>
    public IEnumerable<Doc> ReadAnalysed(IEnumerable<string> ids, IReadOnlySet<MentionLayer> wanted, Action<DamagedAnalysis> damaged)
    {
        using var document = StoreCommands.Create(Connection, null, StoreSql.SelectAnalysedDocument);
        var documentId = StoreCommands.Add(document, "id", "");
        using var mentions = StoreCommands.Create(Connection, null, StoreSql.SelectDocumentMentions);
        var mentionsDocId = StoreCommands.Add(mentions, "doc_id", "");
        foreach (string id in ids)
        {
            documentId.Value = id;
            StoredDocBuilder? builder = null;
            string contentHash = "";
            DamagedAnalysis? damage = null;
            using (var reader = document.ExecuteReader())
                if (reader.Read())
                {
                    contentHash = reader.GetString(2);
                    try
                    {
                        var source = AnalysisCodec.DecodeSource(reader.GetString(0));
                        if (source.Id == id) builder = new StoredDocBuilder(source, reader.GetString(1));
                        else damage = new DamagedAnalysis(id, contentHash, "source", source.Id is null ? "it names no id" : $"it names another id, \"{source.Id}\"");
                    }
                    catch (Exception e) when (IsDecodeError(e))
                    {
                        damage = new DamagedAnalysis(id, contentHash, "source", e.Message);
                    }
                }
            if (builder is null)
            {
                if (damage is not null) damaged(damage);
                continue;
            }
            mentionsDocId.Value = id;
            using (var reader = mentions.ExecuteReader())
                while (damage is null && reader.Read())
                {
                    string layerName = reader.GetString(0);
                    try
                    {
                        var layer = MentionLayers.Parse(layerName);
                        if (wanted.Contains(layer)) builder.Add(layer, reader.GetString(1));
                    }
                    catch (Exception e) when (IsDecodeError(e))
                    {
                        long ordinal = Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
                        damage = new DamagedAnalysis(id, contentHash, $"{layerName} row {ordinal}", e.Message);
                    }
                }
            // A document is whole or absent: one missing a row would resolve to a graph no analysis gives.
            if (damage is not null) damaged(damage);
            else yield return builder.Build();
        }
    }

    /// <summary>
    /// Marks a document whose stored analysis cannot be read as failed, with the reason, and drops its mention rows, inside
    /// <paramref name="transaction"/>, only while its row still holds the analysis read; returns whether it did.
    /// </summary>
    public bool MarkDamaged(DbTransaction transaction, DamagedAnalysis damage)
    {
        using var command = StoreCommands.Create(Connection, transaction, StoreSql.MarkDamagedAnalysis,
            ("id", damage.Id), ("content_hash", damage.ContentHash), ("failure", damage.Failure));
        if (command.ExecuteNonQuery() != 1) return false;
        StoreCommands.Execute(Connection, transaction, StoreSql.DeleteMentions, ("doc_id", damage.Id));
        return true;
    }

    // What a row the codec cannot decode throws: malformed or truncated JSON, a value of the wrong shape, an unknown name.
    private static bool IsDecodeError(Exception e) =>
        e is System.Text.Json.JsonException or FormatException or NotSupportedException or ArgumentException or InvalidOperationException;
}
