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
        ReplaceRow(transaction, source, document.ContentHash, document.State, withBody: false, document.Doc.Text);
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
    /// text when there is one) and deletes every mention row it had, inside <paramref name="transaction"/>.
    /// </summary>
    public void ReplaceRow(DbTransaction transaction, SourceDocument source, string contentHash, DocumentState state, bool withBody, string? text)
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
            ("text", text));
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
    /// stored document at a time, not the corpus.
    /// </summary>
    public IEnumerable<Doc> ReadAnalysed(IEnumerable<string> ids, IReadOnlySet<MentionLayer> wanted)
    {
        using var document = StoreCommands.Create(Connection, null, StoreSql.SelectAnalysedDocument);
        var documentId = StoreCommands.Add(document, "id", "");
        using var mentions = StoreCommands.Create(Connection, null, StoreSql.SelectDocumentMentions);
        var mentionsDocId = StoreCommands.Add(mentions, "doc_id", "");
        foreach (string id in ids)
        {
            documentId.Value = id;
            StoredDocBuilder? builder = null;
            using (var reader = document.ExecuteReader())
                if (reader.Read())
                    builder = new StoredDocBuilder(Decode(id, () => AnalysisCodec.DecodeSource(reader.GetString(0))), reader.GetString(1));
            if (builder is null) continue;
            mentionsDocId.Value = id;
            using (var reader = mentions.ExecuteReader())
                while (reader.Read())
                {
                    var layer = MentionLayers.Parse(reader.GetString(0));
                    if (!wanted.Contains(layer)) continue;
                    string record = reader.GetString(1);
                    Decode(id, () => { builder.Add(layer, record); return true; });
                }
            yield return builder.Build();
        }
    }

    private T Decode<T>(string id, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or NotSupportedException)
        {
            throw new StoreException(backend.Location, $"document \"{id}\" has a damaged stored record ({e.Message})", e);
        }
    }
}
