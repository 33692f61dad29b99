using Npgsql;

namespace Knowledge.Tests.Support;

/// <summary>
/// A fresh, empty PostgreSQL database for one test class (an xunit class fixture): created with a
/// unique name on the server KNOWLEDGE_POSTGRES names, dropped when the class is done. Without a
/// server it stays unused: <see cref="ConnectionString"/> then throws, and the class's
/// <see cref="RequiresPostgresFactAttribute"/> tests are skipped (or, under KNOWLEDGE_STRICT=1, fail).
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly string? _server;
    private string? _connectionString;

    /// <summary>Reads KNOWLEDGE_POSTGRES; the database is created on first use.</summary>
    public PostgresDatabase() => _server = TestPaths.PostgresConnectionString;

    /// <summary>The database's unique name (knowledge_test_ and a random suffix).</summary>
    public string Name { get; } = "knowledge_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A connection string to the fresh database, created on first use.</summary>
    public string ConnectionString => _connectionString ??= Create();

    /// <summary>Drops the database if it was created (ending its leftover connections first).</summary>
    public void Dispose()
    {
        if (_connectionString is null || _server is null) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    private string Create()
    {
        if (_server is null)
            throw new InvalidOperationException($"{TestPaths.PostgresVariable} is not set: these tests need a PostgreSQL server (eval \"$(.ci/postgres-start.sh)\" starts one)");
        using (var connection = new NpgsqlConnection(_server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", connection);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(_server) { Database = Name }.ConnectionString;
    }
}
