namespace Knowledge.Store;

/// <summary>SQLite's SQL: the portable schema, and table look-ups in <c>sqlite_master</c>.</summary>
internal static class SqliteDialect
{
    public static StoreDialect Instance { get; } = new(
        Name: "SQLite",
        Migrations: StoreMigrations.Portable,
        TableExists: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name",
        CountTables: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    {
        NowMilliseconds = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)",
        ClaimLock = "",
    };
}
