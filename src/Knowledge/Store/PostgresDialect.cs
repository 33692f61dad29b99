namespace Knowledge.Store;

/// <summary>PostgreSQL's SQL: the portable schema, table look-ups in <c>information_schema</c> (the connection's schema only), the server's clock, row locks that workers skip, and an advisory lock around saving the graph.</summary>
internal static class PostgresDialect
{
    public static StoreDialect Instance { get; } = new(
        Name: "PostgreSQL",
        Migrations: StoreMigrations.Portable,
        TableExists: "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name",
        CountTables: "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")
    {
        NowMilliseconds = "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)",
        ClaimLock = "FOR UPDATE SKIP LOCKED",
        // Under READ COMMITTED two saves would both delete the old rows and then collide inserting the new ones.
        GraphWriteLock = $"SELECT pg_advisory_xact_lock({GraphLockKey})",
    };

    // pg_advisory_xact_lock key held while the resolved graph is saved.
    private const long GraphLockKey = 0x4B4E4F574752;
}
