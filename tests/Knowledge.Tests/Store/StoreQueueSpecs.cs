using FluentAssertions;
using Knowledge.Pipeline;
using Knowledge.Store;
using Knowledge.Syntax;
using Knowledge.Tests.Support;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>The queue: enqueue stores documents as pending, workers analyse them, and the graph is the one-shot graph.</summary>
public sealed class StoreQueueSpecs(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly WorkerOptions SmallBatches = new() { BatchSize = 4 };

    [Fact]
    public void Enqueued_documents_worked_off_by_a_worker_give_the_one_shot_graph_on_SQLite()
    {
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("queue.db"), DefaultPipeline);

        store.Enqueue(Corpus).Should().Be(Corpus.Length);
        store.QueueStatus().Should().Be(new QueueStatus(Corpus.Length, 0, 0, 0));
        var work = store.Work(SmallBatches);

        work.Analysed.Should().Be(Corpus.Length);
        work.Lost.Should().Be(0);
        store.QueueStatus().Should().Be(new QueueStatus(0, 0, Corpus.Length, 0));
        Exports(store.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(Corpus), "queue on SQLite against one run");
    }

    [RequiresPostgresFact]
    public void Enqueued_documents_worked_off_by_a_worker_give_the_one_shot_graph_on_PostgreSQL()
    {
        using var store = KnowledgeStore.Open(database.Sibling("one_worker"), DefaultPipeline);
        store.Enqueue(Corpus);

        var work = store.Work(SmallBatches);

        work.Analysed.Should().Be(Corpus.Length);
        work.Batches.Should().Be((Corpus.Length + 3) / 4);
        Exports(store.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(Corpus), "queue on PostgreSQL against one run");
    }

    [RequiresPostgresFact]
    public void The_worker_that_drains_the_queue_leaves_the_resolved_graph_saved()
    {
        using var store = KnowledgeStore.Open(database.Sibling("resolves"), DefaultPipeline);
        store.Enqueue(Corpus);

        store.Work(SmallBatches);

        var rows = new DocumentRows(store.Backend);
        rows.Revision(StoreSql.GraphRevision)
            .Should().Be(rows.Revision(StoreSql.DocumentsRevision), "the worker saved a graph of every document");
    }

    [RequiresPostgresFact]
    public void Enqueueing_the_same_documents_again_queues_nothing_and_a_changed_one_is_queued_and_analysed_again()
    {
        using var store = KnowledgeStore.Open(database.Sibling("requeue"), DefaultPipeline);
        store.Enqueue(Corpus);
        store.Work(SmallBatches);

        store.Enqueue(Corpus).Should().Be(0, "every document is stored with the same content");
        var changed = Corpus[0] with { Body = Corpus[0].Body + "\n\nThe Harbor Council met again on Friday." };
        var edited = Corpus.SetItem(0, changed);
        store.Enqueue(edited).Should().Be(1);
        store.QueueStatus().Pending.Should().Be(1);
        store.Work(SmallBatches).Analysed.Should().Be(1);

        Exports(store.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(edited), "the edited document replaced its old analysis");
    }

    [RequiresPostgresFact]
    public void A_worker_whose_claim_expired_commits_nothing_and_another_finishes_its_documents()
    {
        var location = database.Sibling("expired");
        using (var setup = KnowledgeStore.Open(location, DefaultPipeline))
            setup.Enqueue(Corpus);
        // The slow worker takes one batch, then stalls past its claim, as a worker whose machine hangs would.
        var stall = new StallingComponent(TimeSpan.FromSeconds(3));
        using var slowStore = KnowledgeStore.Open(location, new KnowledgePipelineBuilder().UseDefaults().Use(stall).Build());
        var slowOptions = new WorkerOptions { BatchSize = 3, ClaimDuration = TimeSpan.FromMilliseconds(500), WorkerId = "slow" };
        using var stop = new CancellationTokenSource();
        var slow = Task.Run(() => slowStore.Work(slowOptions, stop.Token));
        stall.Entered.Wait(TimeSpan.FromSeconds(60)).Should().BeTrue("the slow worker claimed a batch");
        stop.Cancel();   // it stops after the batch in hand

        Thread.Sleep(700);   // its claim expires
        using var fastStore = KnowledgeStore.Open(location, DefaultPipeline);
        var fast = fastStore.Work(new WorkerOptions { BatchSize = 4, WorkerId = "fast" });
        var late = slow.Result;

        late.Batches.Should().Be(1);
        late.Lost.Should().Be(3, "its claim had been taken by the fast worker");
        late.Analysed.Should().Be(0);
        fast.Analysed.Should().Be(Corpus.Length, "the fast worker analysed every document, the stalled batch too");
        fastStore.QueueStatus().Should().Be(new QueueStatus(0, 0, Corpus.Length, 0));
        Exports(fastStore.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(Corpus), "no document lost or counted twice");
    }

    [Fact]
    public async Task A_following_worker_analyses_documents_queued_while_it_runs_until_it_is_stopped()
    {
        using var dir = new Cli.TempDir();
        var location = dir.Combine("follow.db");
        using var feeder = KnowledgeStore.Open(location, DefaultPipeline);
        using var workerStore = KnowledgeStore.Open(location, DefaultPipeline);
        using var stop = new CancellationTokenSource();
        var worker = Task.Run(() => workerStore.Work(new WorkerOptions { Follow = true, PollInterval = TimeSpan.FromMilliseconds(50) }, stop.Token));

        feeder.Enqueue(Corpus.Take(2));
        WaitUntil(() => feeder.QueueStatus().Analysed == 2);
        feeder.Enqueue(Corpus.Skip(2));
        WaitUntil(() => feeder.QueueStatus().Analysed == Corpus.Length);
        worker.IsCompleted.Should().BeFalse("a following worker waits for more until it is stopped");
        stop.Cancel();

        var result = await worker.WaitAsync(TimeSpan.FromSeconds(60));   // a stopped worker returns
        result.Analysed.Should().Be(Corpus.Length);
        Exports(feeder.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(Corpus), "documents queued in two steps against one run");
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(120)) throw new TimeoutException("the worker did not analyse the queued documents in 2 minutes");
            Thread.Sleep(20);
        }
    }

    /// <summary>A component that blocks the first document it sees for a while, and says when it started.</summary>
    private sealed class StallingComponent(TimeSpan stall) : IDocComponent
    {
        private int _seen;

        public ManualResetEventSlim Entered { get; } = new();

        public string Name => "stall";

        public Doc Process(Doc doc)
        {
            if (Interlocked.Increment(ref _seen) == 1)
            {
                Entered.Set();
                Thread.Sleep(stall);
            }
            return doc;
        }
    }
}
