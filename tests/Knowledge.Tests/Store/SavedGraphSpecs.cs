using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Store;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// LoadGraph reads the graph Resolve saved while the documents are unchanged, and resolves again once they
/// change; an Add stopped by its input keeps the batches it committed.
/// </summary>
public sealed class SavedGraphSpecs
{
    [Fact]
    public void LoadGraph_reads_the_saved_graph_while_no_document_changed()
    {
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("knowledge.db"), DefaultPipeline);
        store.Add(InventedNews.Documents.Take(3));
        store.Resolve();
        // A mark only the saved rows carry: a graph resolved afresh would not have it.
        Execute(store, "UPDATE graph_nodes SET record = replace(record, '\"Label\":\"Marta Villanueva\"', '\"Label\":\"saved mark\"') WHERE label = 'Marta Villanueva'");

        store.LoadGraph().Nodes.Select(n => n.Label).Should().Contain("saved mark");
        store.Add(InventedNews.Documents.Take(3)).Changed.Should().BeFalse();
        store.LoadGraph().Nodes.Select(n => n.Label).Should().Contain("saved mark", "adding unchanged documents leaves the saved graph current");

        store.Add(InventedNews.Documents.Skip(3));

        var graph = store.LoadGraph();
        graph.Nodes.Select(n => n.Label).Should().NotContain("saved mark").And.Contain("Marta Villanueva");
        Exports(graph).ShouldBeIdenticalTo(OneShotExports(InventedNews.Documents), "the documents changed, so the graph was resolved again");
    }

    [Fact]
    public void An_add_stopped_by_its_input_keeps_the_batches_it_committed()
    {
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("knowledge.db"), DefaultPipeline);

        var add = () => store.Add(FailingAfter(InventedNews.Documents, 5), new StoreOptions { BatchSize = 2 });

        add.Should().Throw<IOException>();
        store.DocumentCount.Should().Be(4, "the two full batches read before the failure were committed");
        store.Add(InventedNews.Documents).Should().BeEquivalentTo(new { Unchanged = 4, Added = InventedNews.Documents.Length - 4 });
    }

    private static IEnumerable<SourceDocument> FailingAfter(IEnumerable<SourceDocument> documents, int count)
    {
        foreach (var d in documents.Take(count)) yield return d;
        throw new IOException("the input went away");
    }

    private static void Execute(KnowledgeStore store, string sql)
    {
        using var command = store.Backend.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery().Should().Be(1, "the mark must land on one node");
    }
}
