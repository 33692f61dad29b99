using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Knowledge.Store;

/// <summary>
/// A store in one SQLite file, created if absent. Write-ahead logging keeps every committed transaction
/// when the process is killed; foreign keys are on, so deleting a document deletes its mentions.
/// </summary>
internal sealed class SqliteStoreBackend : IStoreBackend
{
    // SQLite's result codes for a file that is not a database and for a damaged one.
    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;

    private readonly SqliteConnection _connection;

    private SqliteStoreBackend(string location, SqliteConnection connection)
    {
        Location = location;
        _connection = connection;
    }

    public string Location { get; }

    public StoreDialect Dialect => SqliteDialect.Instance;

    public DbConnection Connection => _connection;

    /// <summary>Opens (creating when absent) the SQLite file at <paramref name="path"/>.</summary>
    public static SqliteStoreBackend Open(string path)
    {
        if (Directory.Exists(path)) throw new StoreException(path, "is a folder, not a store file");
        var full = Path.GetFullPath(path);
        try
        {
            if (Path.GetDirectoryName(full) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(path, $"its folder cannot be created ({e.Message})", e);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            // The first statement reads the file's header: a file that is not SQLite fails here.
            StoreCommands.Execute(connection, null, "PRAGMA journal_mode = WAL");
            StoreCommands.Execute(connection, null, "PRAGMA synchronous = NORMAL");
            StoreCommands.Execute(connection, null, "PRAGMA foreign_keys = ON");
            return new SqliteStoreBackend(path, connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(path, e.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt
                ? $"is not a SQLite database, or is damaged ({e.Message})"
                : $"cannot be opened ({e.Message})", e);
        }
    }

    public bool IsDatabaseError(Exception e) => e is SqliteException;

    public void Dispose() => _connection.Dispose();
}
