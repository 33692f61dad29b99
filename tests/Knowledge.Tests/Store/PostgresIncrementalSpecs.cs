using FluentAssertions;
using Knowledge.Store;
using Knowledge.Tests.Support;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>A PostgreSQL store gives what SQLite and a one-shot run give: byte-identical exports, however the documents arrived.</summary>
public sealed class PostgresIncrementalSpecs(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [RequiresPostgresFact]
    public void Extracting_A_then_B_equals_extracting_A_and_B_in_one_run()
    {
        var documents = Corpus;
        var expected = OneShotExports(documents);
        int half = documents.Length / 2;

        using var store = KnowledgeStore.Open(database.Sibling("a_then_b"), DefaultPipeline);
        store.Add(documents[half..], new StoreOptions { BatchSize = 3 });
        store.Add(documents[..half], new StoreOptions { BatchSize = 5 });

        Exports(store.Resolve()).ShouldBeIdenticalTo(expected, "B then A into PostgreSQL against one run over A ∪ B");
    }

    [RequiresPostgresFact]
    public void A_PostgreSQL_store_and_a_SQLite_store_fed_the_same_documents_export_the_same_bytes()
    {
        using var dir = new Cli.TempDir();
        using var sqlite = KnowledgeStore.Open(dir.Combine("knowledge.db"), DefaultPipeline);
        using var postgres = KnowledgeStore.Open(database.Sibling("same_as_sqlite"), DefaultPipeline);
        sqlite.Add(Corpus);
        postgres.Add(Corpus.Reverse());

        Exports(postgres.Resolve()).ShouldBeIdenticalTo(Exports(sqlite.Resolve()), "PostgreSQL against SQLite");
    }

    [RequiresPostgresFact]
    public void Reading_unchanged_input_again_changes_nothing_and_the_saved_graph_is_read_back_as_resolved()
    {
        using var store = KnowledgeStore.Open(database.Sibling("unchanged"), DefaultPipeline);
        store.Add(Corpus);
        var resolved = Exports(store.Resolve());

        var again = store.Add(Corpus);

        again.Should().Be(again with { Added = 0, Replaced = 0, Failed = 0, Unchanged = Corpus.Length });
        again.Changed.Should().BeFalse();
        Exports(store.LoadGraph()).ShouldBeIdenticalTo(resolved, "the graph saved in PostgreSQL, read back");
    }
}
