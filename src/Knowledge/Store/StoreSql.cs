namespace Knowledge.Store;

/// <summary>
/// The statements every dialect shares, in one place: standard SQL with <c>@name</c> parameters and
/// <c>INSERT … ON CONFLICT … DO UPDATE</c>, which SQLite (3.24 and later) and PostgreSQL both run.
/// </summary>
internal static class StoreSql
{
    public const string DocumentsRevision = "documents_revision";
    public const string GraphRevision = "graph_revision";

    public const string SelectDocumentHeader =
        "SELECT content_hash, state FROM documents WHERE id = @id";

    public const string UpsertDocument =
        """
        INSERT INTO documents (id, content_hash, source_path, record_index, published, title, state, claimed_by, claim_expires, source, text, failure)
        VALUES (@id, @content_hash, @source_path, @record_index, @published, @title, @state, NULL, NULL, @source, @text, @failure)
        ON CONFLICT (id) DO UPDATE SET
            content_hash = excluded.content_hash, source_path = excluded.source_path, record_index = excluded.record_index,
            published = excluded.published, title = excluded.title, state = excluded.state,
            claimed_by = NULL, claim_expires = NULL, source = excluded.source, text = excluded.text, failure = excluded.failure
        """;

    public const string DeleteMentions = "DELETE FROM mentions WHERE doc_id = @doc_id";

    public const string InsertMention =
        "INSERT INTO mentions (doc_id, layer, ordinal, start_offset, end_offset, record) VALUES (@doc_id, @layer, @ordinal, @start_offset, @end_offset, @record)";

    public const string SelectRevision = "SELECT value FROM store_state WHERE name = @name";

    public const string BumpDocumentsRevision = "UPDATE store_state SET value = value + 1 WHERE name = 'documents_revision'";

    public const string SetGraphRevision = "UPDATE store_state SET value = @value WHERE name = 'graph_revision'";

    /// <summary>Every analysed document's id (failed ones too: a one-shot run keeps them as Document nodes).</summary>
    public const string SelectAnalysedIds = "SELECT id FROM documents WHERE text IS NOT NULL";

    public const string SelectAnalysedDocument = "SELECT source, text, content_hash FROM documents WHERE id = @id AND text IS NOT NULL";

    /// <summary>
    /// Marks an analysed document whose stored analysis cannot be read as failed, while its row still holds the analysis
    /// read (<c>@content_hash</c>), with why (<c>@failure</c>): without text, so resolution skips it, and without a content hash, so adding or
    /// enqueueing it again analyses it again.
    /// </summary>
    public const string MarkDamagedAnalysis =
        "UPDATE documents SET state = 'failed', content_hash = '', claimed_by = NULL, claim_expires = NULL, text = NULL, failure = @failure WHERE id = @id AND content_hash = @content_hash AND text IS NOT NULL";

    /// <summary>One document's mention rows, each layer in ordinal order (the primary key's order).</summary>
    public const string SelectDocumentMentions =
        "SELECT layer, record, ordinal FROM mentions WHERE doc_id = @doc_id ORDER BY layer, ordinal";

    public const string DeleteGraphEdges = "DELETE FROM graph_edges";
    public const string DeleteGraphNodes = "DELETE FROM graph_nodes";

    public const string InsertGraphNode = "INSERT INTO graph_nodes (id, type, label, record) VALUES (@id, @type, @label, @record)";

    public const string InsertGraphEdge = "INSERT INTO graph_edges (source_id, type, target_id, record) VALUES (@source_id, @type, @target_id, @record)";

    public const string SelectGraphNodes = "SELECT record FROM graph_nodes";

    public const string SelectGraphEdges = "SELECT record FROM graph_edges";

    public const string CountDocuments = "SELECT COUNT(*) FROM documents WHERE text IS NOT NULL";
}
