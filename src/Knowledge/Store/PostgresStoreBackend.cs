using System.Data.Common;
using Npgsql;

namespace Knowledge.Store;

/// <summary>
/// A store in a PostgreSQL database, named by a connection string (<c>Host=…;Database=…</c>). The database
/// is created when the server has none of that name (as a SQLite file is), and its schema is brought up to
/// date under an advisory lock, so several workers that start at once on a new database migrate it once.
/// </summary>
internal sealed class PostgresStoreBackend : IStoreBackend
{
    // pg_advisory_lock key held while the schema is migrated: "KNOWLEDGE" in ASCII, as a number.
    private const long SchemaLockKey = 0x4B4E4F574C45;

    private readonly NpgsqlConnection _connection;

    private PostgresStoreBackend(string location, NpgsqlConnection connection)
    {
        Location = location;
        _connection = connection;
    }

    public string Location { get; }

    public StoreDialect Dialect => PostgresDialect.Instance;

    public DbConnection Connection => _connection;

    /// <summary>Connects to the database a connection string names, creating the database when absent, and migrates its schema.</summary>
    public static PostgresStoreBackend Open(string connectionString)
    {
        var location = StoreLocations.Redact(connectionString);
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException(location, $"is not a valid PostgreSQL connection string ({e.Message})", e);
        }
        // Resolving a large store reads every document in one query, and workers wait for each other's locks: Npgsql's
        // default of 30 s per command would fail long jobs on a busy machine. No limit unless the connection string sets one.
        if (!NamesSetting(connectionString, "commandtimeout")) settings.CommandTimeout = 0;
        var connection = Connect(settings, location);
        var backend = new PostgresStoreBackend(location, connection);
        try
        {
            StoreCommands.Execute(connection, null, $"SELECT pg_advisory_lock({SchemaLockKey})");
            try
            {
                StoreSchema.Migrate(backend);
            }
            finally
            {
                StoreCommands.Execute(connection, null, $"SELECT pg_advisory_unlock({SchemaLockKey})");
            }
            return backend;
        }
        catch
        {
            backend.Dispose();
            throw;
        }
    }

    public bool IsDatabaseError(Exception e) => e is NpgsqlException;

    /// <summary>Whether a connection string gives a setting itself (key compared without spaces or case: "Command Timeout").</summary>
    internal static bool NamesSetting(string connectionString, string key)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (string name in given.Keys)
            if (string.Equals(name.Replace(" ", "", StringComparison.Ordinal), key, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public void Dispose() => _connection.Dispose();

    private static NpgsqlConnection Connect(NpgsqlConnectionStringBuilder settings, string location)
    {
        try
        {
            try
            {
                return OpenConnection(settings.ConnectionString);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName && settings.Database is { Length: > 0 } name)
            {
                CreateDatabase(settings, name, location);
                return OpenConnection(settings.ConnectionString);
            }
        }
        catch (NpgsqlException e)
        {
            throw new StoreException(location, $"cannot connect to PostgreSQL ({e.Message})", e);
        }
    }

    private static NpgsqlConnection OpenConnection(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // The server's maintenance database creates the missing one; a second process doing the same at once is no error.
    private static void CreateDatabase(NpgsqlConnectionStringBuilder settings, string name, string location)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            using var connection = OpenConnection(maintenance.ConnectionString);
            StoreCommands.Execute(connection, null, $"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
        }
        catch (NpgsqlException e)
        {
            throw new StoreException(location, $"has no database \"{name}\" and it could not be created ({e.Message})", e);
        }
    }
}
