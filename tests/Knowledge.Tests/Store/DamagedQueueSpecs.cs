using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Store;
using Knowledge.Tests.Support;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// A queued document whose stored source cannot be read (a damaged row) fails alone: it is marked failed with an
/// error naming it, the worker analyses the rest, the graph is the good documents' graph, and enqueueing the
/// document again with a good source queues it again.
/// </summary>
public sealed class DamagedQueueSpecs(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly WorkerOptions SmallBatches = new() { BatchSize = 4 };

    [Theory]
    [InlineData("{ this is not JSON")]
    [InlineData("null")]
    [InlineData("{}")]
    public void A_queued_document_with_a_damaged_source_fails_alone_on_SQLite(string garbage)
    {
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("damaged.db"), DefaultPipeline);

        FailsAloneAndIsQueuedAgain(store, garbage);
    }

    [RequiresPostgresFact]
    public void A_queued_document_with_a_damaged_source_fails_alone_on_PostgreSQL()
    {
        using var store = KnowledgeStore.Open(database.Sibling("damaged"), DefaultPipeline);

        FailsAloneAndIsQueuedAgain(store, "{ this is not JSON");
    }

    private static void FailsAloneAndIsQueuedAgain(KnowledgeStore store, string garbage)
    {
        const int damaged = 1;
        string id = Corpus[damaged].Id;
        store.Enqueue(Corpus);
        Damage(store, id, garbage);

        var work = store.Work(SmallBatches);

        work.Failed.Should().Be(1);
        work.Analysed.Should().Be(Corpus.Length - 1, "the worker goes on with the rest of its batch and of the queue");
        work.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains($"\"{id}\"") && d.Message.Contains("cannot be read"));
        store.QueueStatus().Should().Be(new QueueStatus(0, 0, Corpus.Length - 1, 1));
        var failed = store.FailedDocuments(10).Should().ContainSingle("the store keeps why it failed, for later runs to show").Subject;
        failed.Id.Should().Be(id);
        failed.Reason.Should().StartWith("its queued source in the store cannot be read (");
        Exports(store.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(Corpus.RemoveAt(damaged)), "the graph of the documents that could be read");

        store.Enqueue(Corpus).Should().Be(1, "the damaged document, enqueued again with its good source, is queued again");
        var retry = store.Work(SmallBatches);

        retry.Analysed.Should().Be(1);
        retry.Failed.Should().Be(0);
        store.QueueStatus().Should().Be(new QueueStatus(0, 0, Corpus.Length, 0));
        store.FailedDocuments(10).Should().BeEmpty("the reason went with the failure");
        Exports(store.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(Corpus), "every document, the repaired one too");
    }

    /// <summary>Overwrites a queued document's stored source, as a broken disk or a stray UPDATE would.</summary>
    private static void Damage(KnowledgeStore store, string id, string garbage)
    {
        using var command = store.Backend.Connection.CreateCommand();
        command.CommandText = "UPDATE documents SET source = @garbage WHERE id = @id";
        foreach (var (name, value) in new[] { ("garbage", garbage), ("id", id) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        command.ExecuteNonQuery().Should().Be(1, "the document is queued");
    }
}
