using FluentAssertions;
using Knowledge.Tests.Support;
using Npgsql;
using Xunit;

namespace Knowledge.Tests.Store;

/// <summary>The PostgreSQL tests' fixture: each test class gets its own empty database, dropped after.</summary>
public sealed class PostgresDatabaseSpecs
{
    [RequiresPostgresFact]
    public void A_fixture_gives_an_empty_database_of_its_own_and_drops_it_when_disposed()
    {
        string name;
        using (var database = new PostgresDatabase())
        {
            name = database.Name;
            using var connection = new NpgsqlConnection(database.ConnectionString);
            connection.Open();
            connection.Database.Should().Be(database.Name);
            Scalar(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Should().Be(0L);
        }

        using var server = new NpgsqlConnection(TestPaths.PostgresConnectionString);
        server.Open();
        using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", server);
        exists.Parameters.AddWithValue("name", name);
        exists.ExecuteScalar().Should().Be(0L, "the fixture drops its database when the class is done");
    }

    [Fact]
    public void Two_fixtures_never_share_a_database_name()
    {
        using var first = new PostgresDatabase();
        using var second = new PostgresDatabase();
        first.Name.Should().NotBe(second.Name).And.StartWith("knowledge_test_");
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
