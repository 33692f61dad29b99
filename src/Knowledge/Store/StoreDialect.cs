using System.Collections.Immutable;

namespace Knowledge.Store;

/// <summary>
/// The SQL that differs between databases, one instance per dialect (<see cref="SqliteDialect"/>, and
/// PostgreSQL's). The statements every dialect shares are in <see cref="StoreSql"/>.
/// </summary>
/// <param name="Name">The database's name for messages ("SQLite", "PostgreSQL").</param>
/// <param name="Migrations">The schema's steps, in version order (1, 2, …).</param>
/// <param name="TableExists">A query with parameter <c>@name</c> returning how many tables have that name (0 or 1).</param>
/// <param name="CountTables">A query returning how many tables the database has besides its own catalogue.</param>
internal sealed record StoreDialect(string Name, ImmutableArray<StoreMigration> Migrations, string TableExists, string CountTables)
{
    /// <summary>The schema version this code writes: the last migration's.</summary>
    public int LatestVersion => Migrations[^1].Version;

    /// <summary>An SQL expression for the database's clock in milliseconds since 1970 (claims expire by the database's clock, the same for every worker's machine).</summary>
    public required string NowMilliseconds { get; init; }

    /// <summary>
    /// What ends the query that picks documents to claim: PostgreSQL's <c>FOR UPDATE SKIP LOCKED</c>, so workers
    /// claiming at once take different documents without waiting; empty where a write transaction locks the whole database (SQLite).
    /// </summary>
    public required string ClaimLock { get; init; }

    /// <summary>A statement run first in the transaction that saves the graph so that two saves never interleave; null where write transactions already exclude each other (SQLite).</summary>
    public string? GraphWriteLock { get; init; }
}
