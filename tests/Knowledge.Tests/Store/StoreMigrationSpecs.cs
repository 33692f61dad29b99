using FluentAssertions;
using Knowledge.Store;
using Microsoft.Data.Sqlite;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// A store written by an older version is brought up to date when opened, its documents kept: a version 1 store
/// (before failure reasons were kept) gains the failure column, its failed documents show no reason, and new
/// failures keep theirs.
/// </summary>
public sealed class StoreMigrationSpecs
{
    [Fact]
    public void A_version_1_store_gains_failure_reasons_and_keeps_its_documents()
    {
        using var dir = new Cli.TempDir();
        string path = dir.Combine("version-1.db");
        WriteVersion1Store(path);

        using var store = KnowledgeStore.Open(path, DefaultPipeline);

        Query(path, "SELECT version FROM schema_info").Should().Be(SqliteDialect.Instance.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        store.QueueStatus().Should().Be(new QueueStatus(0, 0, 0, 1));
        store.FailedDocuments(10).Should().Equal(new FailedDocument("old-failure", null));
        store.Enqueue([Corpus[0]]).Should().Be(1);
        store.Work(new WorkerOptions()).Analysed.Should().Be(1, "the migrated store takes new documents");
    }

    [Fact]
    public void Failed_documents_are_listed_by_id_up_to_the_limit()
    {
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("many.db"), DefaultPipeline);
        store.Enqueue(Corpus.Take(3));
        using (var command = store.Backend.Connection.CreateCommand())
        {
            command.CommandText = "UPDATE documents SET source = 'not JSON'";
            command.ExecuteNonQuery().Should().Be(3);
        }
        store.Work(new WorkerOptions()).Failed.Should().Be(3);

        var firstTwo = store.FailedDocuments(2);

        firstTwo.Select(f => f.Id).Should().Equal(Corpus.Take(3).Select(d => d.Id).Order(StringComparer.Ordinal).Take(2));
        firstTwo.Should().OnlyContain(f => f.Reason!.Contains("cannot be read"));
    }

    // The schema as version 1 wrote it, with one failed document, written by hand as that version would have.
    private static void WriteVersion1Store(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var statements = new List<string>
        {
            StoreMigrations.CreateSchemaInfo,
            $"INSERT INTO schema_info (application, version) VALUES ('{StoreMigrations.Application}', 1)",
        };
        statements.AddRange(StoreMigrations.Portable.Single(m => m.Version == 1).Statements);
        statements.Add("INSERT INTO documents (id, content_hash, source_path, state, source) VALUES ('old-failure', '', 'old.jsonl', 'failed', '{}')");
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
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
