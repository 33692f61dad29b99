using FluentAssertions;
using Knowledge.Store;
using Knowledge.Tests.Support;
using Npgsql;
using Xunit;

namespace Knowledge.Tests.Store;

/// <summary>Opening a PostgreSQL store: a connection string selects it, the schema is created once, errors name the store.</summary>
public sealed class PostgresStoreOpenSpecs(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [RequiresPostgresFact]
    public void A_connection_string_opens_a_PostgreSQL_store_with_the_current_schema()
    {
        using (var store = KnowledgeStore.Open(database.ConnectionString))
            store.Location.Should().Contain("Database=" + database.Name);

        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT application, version FROM schema_info", connection);
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        reader.GetString(0).Should().Be("knowledge");
        reader.GetInt32(1).Should().BeGreaterThan(0);
        reader.Read().Should().BeFalse("schema_info holds one row");
    }

    [Theory]
    [InlineData("Host=db;Command Timeout=45", true)]
    [InlineData("Host=db;commandtimeout=45", true)]
    [InlineData("Host=db;Timeout=15", false)]
    [InlineData("Host=db;Database=k", false)]
    public void A_setting_counts_as_given_only_when_the_connection_string_names_it(string connectionString, bool given) =>
        PostgresStoreBackend.NamesSetting(connectionString, "commandtimeout").Should().Be(given);

    [RequiresPostgresFact]
    public void Store_commands_wait_without_limit_unless_the_connection_string_sets_one()
    {
        // Npgsql's own default (30 s) failed a long resolve on a busy machine.
        using (var backend = PostgresStoreBackend.Open(database.ConnectionString))
            ((NpgsqlConnection)backend.Connection).CommandTimeout.Should().Be(0);
        using (var backend = PostgresStoreBackend.Open(database.ConnectionString + ";Command Timeout=45"))
            ((NpgsqlConnection)backend.Connection).CommandTimeout.Should().Be(45);
    }

    [RequiresPostgresFact]
    public void Several_workers_opening_a_new_database_at_once_create_and_migrate_it_once()
    {
        var location = database.Sibling("race");
        using var start = new Barrier(4);
        var opens = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            using var store = KnowledgeStore.Open(location);
        })).ToArray();

        var waiting = () => Task.WaitAll(opens);

        waiting.Should().NotThrow();
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        using var rows = new NpgsqlCommand("SELECT COUNT(*) FROM schema_info", connection);
        rows.ExecuteScalar().Should().Be(1L);
    }

    [RequiresPostgresFact]
    public void A_database_the_server_does_not_have_is_created_as_a_SQLite_file_would_be()
    {
        var location = database.Sibling("new");

        using var store = KnowledgeStore.Open(location);

        store.Location.Should().Contain(database.Name + "_new");
    }

    [RequiresPostgresFact]
    public void Another_applications_database_is_refused_with_the_store_named()
    {
        var location = database.Sibling("foreign");
        var name = new NpgsqlConnectionStringBuilder(location).Database!;
        using (var server = new NpgsqlConnection(database.ConnectionString))
        {
            server.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            create.ExecuteNonQuery();
        }
        using (var foreign = new NpgsqlConnection(location))
        {
            foreign.Open();
            using var table = new NpgsqlCommand("CREATE TABLE invoices (id integer PRIMARY KEY)", foreign);
            table.ExecuteNonQuery();
        }

        var open = () => KnowledgeStore.Open(location);

        open.Should().Throw<StoreException>().Which.Message.Should().Contain(name).And.Contain("another application");
    }

    [Fact]
    public void A_server_that_does_not_answer_gives_a_store_error_without_the_password()
    {
        var open = () => KnowledgeStore.Open("Host=127.0.0.1;Port=1;Username=nobody;Password=secret;Database=none;Timeout=2");

        var error = open.Should().Throw<StoreException>().Which;
        error.Message.Should().Contain("cannot connect to PostgreSQL").And.Contain("Host=127.0.0.1").And.NotContain("secret");
    }
}
