using Npgsql;

namespace Knowledge.Tests.Support;

/// <summary>
/// A fresh, empty PostgreSQL database for one test class (an xunit class fixture): created with a
/// unique name on the server KNOWLEDGE_POSTGRES names, dropped when the class is done, with any
/// sibling databases a test named. Without a server it stays unused: <see cref="ConnectionString"/>
/// then throws, and the class's <see cref="RequiresPostgresFactAttribute"/> tests are skipped (or,
/// under KNOWLEDGE_STRICT=1, fail).
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly string? _server;
    private readonly Lazy<string> _connectionString;
    private readonly List<string> _siblings = [];

    /// <summary>Reads KNOWLEDGE_POSTGRES; the database is created on first use.</summary>
    public PostgresDatabase()
    {
        _server = TestPaths.PostgresConnectionString;
        _connectionString = new Lazy<string>(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The database's unique name (knowledge_test_ and a random suffix).</summary>
    public string Name { get; } = "knowledge_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A connection string to the fresh database, created on first use.</summary>
    public string ConnectionString => _connectionString.Value;

    /// <summary>
    /// A connection string to a database that does not exist yet (this one's name and a suffix), for tests of
    /// what creates one; it is dropped with this one.
    /// </summary>
    public string Sibling(string suffix)
    {
        var name = Name + "_" + suffix;
        lock (_siblings) _siblings.Add(name);
        return new NpgsqlConnectionStringBuilder(Server()) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the database and its siblings if they were created (ending their leftover connections first).</summary>
    public void Dispose()
    {
        if (_server is null || (!_connectionString.IsValueCreated && _siblings.Count == 0)) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        foreach (var name in _siblings.Append(Name))
        {
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }

    private string Server() => _server
        ?? throw new InvalidOperationException($"{TestPaths.PostgresVariable} is not set: these tests need a PostgreSQL server (eval \"$(.ci/postgres-start.sh)\" starts one)");

    private string Create()
    {
        var server = Server();
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", connection);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }
}
