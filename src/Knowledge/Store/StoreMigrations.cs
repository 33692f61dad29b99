using System.Collections.Immutable;

namespace Knowledge.Store;

/// <summary>
/// The schema's migrations in portable SQL (TEXT, INTEGER and BIGINT columns, composite primary keys,
/// ON DELETE CASCADE) that SQLite and PostgreSQL both accept. A new version appends a step; a step is
/// never edited once shipped.
/// </summary>
internal static class StoreMigrations
{
    /// <summary>The application name <c>schema_info</c> holds, telling a Knowledge store from another program's database.</summary>
    public const string Application = "knowledge";

    /// <summary>Created before the first migration; holds which application wrote the database and its schema version.</summary>
    public const string CreateSchemaInfo =
        "CREATE TABLE schema_info (application TEXT NOT NULL, version INTEGER NOT NULL)";

    public static ImmutableArray<StoreMigration> Portable { get; } =
    [
        new StoreMigration(1, "documents, mentions, resolved graph",
        [
            """
            CREATE TABLE documents (
                id TEXT NOT NULL PRIMARY KEY,
                content_hash TEXT NOT NULL,
                source_path TEXT NOT NULL,
                record_index INTEGER NULL,
                published TEXT NULL,
                title TEXT NULL,
                state TEXT NOT NULL,
                claimed_by TEXT NULL,
                claim_expires BIGINT NULL,
                source TEXT NOT NULL,
                text TEXT NULL)
            """,
            "CREATE INDEX documents_state ON documents (state, claim_expires)",
            """
            CREATE TABLE mentions (
                doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                layer TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                record TEXT NOT NULL,
                PRIMARY KEY (doc_id, layer, ordinal))
            """,
            """
            CREATE TABLE graph_nodes (
                id TEXT NOT NULL PRIMARY KEY,
                type TEXT NOT NULL,
                label TEXT NOT NULL,
                record TEXT NOT NULL)
            """,
            """
            CREATE TABLE graph_edges (
                source_id TEXT NOT NULL,
                type TEXT NOT NULL,
                target_id TEXT NOT NULL,
                record TEXT NOT NULL,
                PRIMARY KEY (source_id, type, target_id))
            """,
            "CREATE TABLE store_state (name TEXT NOT NULL PRIMARY KEY, value BIGINT NOT NULL)",
            "INSERT INTO store_state (name, value) VALUES ('documents_revision', 0)",
            "INSERT INTO store_state (name, value) VALUES ('graph_revision', -1)",
        ]),
        // Why a document failed, kept so that a later run (or another worker) can still say it; NULL for one that did not
        // fail, and for one that failed before this step (its reason was reported then, not stored).
        new StoreMigration(2, "why each failed document failed", ["ALTER TABLE documents ADD COLUMN failure TEXT NULL"]),
    ];
}
