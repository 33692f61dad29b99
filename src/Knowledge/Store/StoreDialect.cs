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
}
