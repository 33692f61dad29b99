using System.Data.Common;

namespace Knowledge.Store;

/// <summary>
/// One database behind a <see cref="KnowledgeStore"/>: an open ADO.NET connection and the SQL of its
/// dialect. Everything else (schema, migrations, documents, mentions, graph) is shared code over
/// <see cref="DbConnection"/>, so SQLite and PostgreSQL hold the same rows and give the same graph.
/// </summary>
internal interface IStoreBackend : IDisposable
{
    /// <summary>The store's location for messages: the file path, or the connection string without its password.</summary>
    string Location { get; }

    /// <summary>The SQL that differs between databases.</summary>
    StoreDialect Dialect { get; }

    /// <summary>The open connection; one per store, used by one thread at a time.</summary>
    DbConnection Connection { get; }

    /// <summary>Whether an exception is the database's own (a failed statement, a file that is not a database), to be reported as a <see cref="StoreException"/>.</summary>
    bool IsDatabaseError(Exception e);
}
