namespace Knowledge.Store;

/// <summary>Chooses the database a store location names: a connection string with <c>Host=</c> is PostgreSQL, anything else a SQLite file path.</summary>
internal static class StoreBackends
{
    /// <summary>Whether a location is a PostgreSQL connection string rather than a file path.</summary>
    public static bool IsPostgres(string location) => location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static IStoreBackend Open(string location)
    {
        if (IsPostgres(location)) return PostgresStoreBackend.Open(location);
        return SqliteStoreBackend.Open(location);
    }
}

/// <summary>Store locations as shown in messages.</summary>
internal static class StoreLocations
{
    /// <summary>A connection string without its password; a file path unchanged.</summary>
    public static string Redact(string location) =>
        string.Join(';', location.Split(';').Where(part => !part.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
