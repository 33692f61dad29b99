namespace Knowledge.Store;

/// <summary>
/// A store that cannot be used: a file that is not a SQLite database, another application's database,
/// a store written by a newer version, or a database that refused a read or write. The message names
/// the store's location and what is wrong.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>A problem with the store at <paramref name="location"/>.</summary>
    public StoreException(string location, string message, Exception? inner = null)
        : base($"{location}: {message}", inner)
    {
        Location = location;
    }

    /// <summary>The store's file path or (for PostgreSQL) its connection string without the password.</summary>
    public string Location { get; }
}
