namespace Knowledge.Store;

/// <summary>PostgreSQL's SQL: the portable schema, and table look-ups in <c>information_schema</c> (the connection's schema only).</summary>
internal static class PostgresDialect
{
    public static StoreDialect Instance { get; } = new(
        Name: "PostgreSQL",
        Migrations: StoreMigrations.Portable,
        TableExists: "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name",
        CountTables: "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
}
