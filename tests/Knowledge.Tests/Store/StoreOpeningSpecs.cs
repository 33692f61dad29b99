using FluentAssertions;
using Knowledge.Store;
using Microsoft.Data.Sqlite;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// Opening a store: a new file gets the current schema; a store keeps its documents across openings; and
/// a file that is not a store (damaged, another program's database, a newer version's store, a folder)
/// is refused with a <see cref="StoreException"/> naming the path and what is wrong, never a crash.
/// </summary>
public sealed class StoreOpeningSpecs
{
    [Fact]
    public void A_new_path_becomes_an_empty_store_with_the_current_schema()
    {
        using var dir = new Cli.TempDir();
        string path = dir.Combine("sub", "knowledge.db");

        using (var store = KnowledgeStore.Open(path, DefaultPipeline))
        {
            store.DocumentCount.Should().Be(0);
            store.LoadGraph().Nodes.Should().BeEmpty();
        }

        File.Exists(path).Should().BeTrue();
        Query(path, "SELECT application || ' ' || version FROM schema_info").Should().Be($"knowledge {SqliteDialect.Instance.LatestVersion}");
    }

    [Fact]
    public void A_store_keeps_its_documents_and_graph_when_opened_again()
    {
        using var dir = new Cli.TempDir();
        string path = dir.Combine("knowledge.db");
        byte[] json;
        using (var store = KnowledgeStore.Open(path, DefaultPipeline))
        {
            store.Add(InventedNews.Documents);
            json = Exports(store.Resolve())["knowledge.json"];
        }

        using var again = KnowledgeStore.Open(path, DefaultPipeline);

        again.DocumentCount.Should().Be(InventedNews.Documents.Length);
        Exports(again.LoadGraph())["knowledge.json"].Should().Equal(json);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_its_path()
    {
        using var dir = new Cli.TempDir();
        string path = dir.File("notes.db", "These are my notes, not a database. " + new string('x', 4096));

        var open = () => KnowledgeStore.Open(path, DefaultPipeline);

        open.Should().Throw<StoreException>().Where(e => e.Location == path && e.Message.Contains(path) && e.Message.Contains("not a SQLite database"));
        File.ReadAllText(path).Should().StartWith("These are my notes", "a refused file is left as it was");
    }

    [Fact]
    public void A_damaged_store_is_refused_with_its_path()
    {
        using var dir = new Cli.TempDir();
        string path = dir.Combine("knowledge.db");
        using (var store = KnowledgeStore.Open(path, DefaultPipeline)) store.Add(InventedNews.Documents.Take(2));
        var bytes = File.ReadAllBytes(path);
        Array.Fill(bytes, (byte)0x5A, 0, 100); // the header: SQLite's magic string and page size

        File.WriteAllBytes(path, bytes);
        var open = () => KnowledgeStore.Open(path, DefaultPipeline);

        open.Should().Throw<StoreException>().Where(e => e.Message.Contains(path));
    }

    [Fact]
    public void Another_applications_sqlite_database_is_refused_and_left_untouched()
    {
        using var dir = new Cli.TempDir();
        string path = dir.Combine("shop.db");
        Execute(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");

        var open = () => KnowledgeStore.Open(path, DefaultPipeline);

        open.Should().Throw<StoreException>().Where(e => e.Message.Contains(path) && e.Message.Contains("another application"));
        Query(path, "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'").Should().Be("customers");
    }

    [Fact]
    public void A_database_whose_schema_info_names_another_application_is_refused()
    {
        using var dir = new Cli.TempDir();
        string path = dir.Combine("other.db");
        Execute(path, "CREATE TABLE schema_info (application TEXT NOT NULL, version INTEGER NOT NULL)");
        Execute(path, "INSERT INTO schema_info VALUES ('inventory', 3)");

        var open = () => KnowledgeStore.Open(path, DefaultPipeline);

        open.Should().Throw<StoreException>().Where(e => e.Message.Contains(path) && e.Message.Contains("another application"));
    }

    [Fact]
    public void A_store_written_by_a_newer_version_is_refused_not_downgraded()
    {
        using var dir = new Cli.TempDir();
        string path = dir.Combine("knowledge.db");
        KnowledgeStore.Open(path, DefaultPipeline).Dispose();
        Execute(path, "UPDATE schema_info SET version = 99");

        var open = () => KnowledgeStore.Open(path, DefaultPipeline);

        open.Should().Throw<StoreException>().Where(e => e.Message.Contains(path) && e.Message.Contains("newer") && e.Message.Contains("99"));
        Query(path, "SELECT version FROM schema_info").Should().Be("99");
    }

    [Fact]
    public void A_folder_is_refused_as_a_store()
    {
        using var dir = new Cli.TempDir();

        var open = () => KnowledgeStore.Open(dir.Path, DefaultPipeline);

        open.Should().Throw<StoreException>().Where(e => e.Message.Contains(dir.Path) && e.Message.Contains("folder"));
    }

    [Fact]
    public void A_path_whose_folder_cannot_be_made_is_refused_with_its_path()
    {
        using var dir = new Cli.TempDir();
        string file = dir.File("plain.txt", "a file where a folder would have to be");
        string path = Path.Combine(file, "knowledge.db");

        var open = () => KnowledgeStore.Open(path, DefaultPipeline);

        open.Should().Throw<StoreException>().Where(e => e.Location == path && e.Message.Contains("cannot"));
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Query(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
