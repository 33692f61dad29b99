using System.Diagnostics;
using FluentAssertions;
using Knowledge.Store;
using Knowledge.Tests.Support;
using Npgsql;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// Several workers share one PostgreSQL store over the shared corpus ten times over: the graph is the graph of
/// one worker, byte for byte, and a worker killed mid-batch loses nothing.
/// </summary>
public sealed class SeveralWorkersSpecs(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    [RequiresPostgresAndSharedFact]
    public void Three_workers_give_the_graph_of_one_worker_and_analyse_each_document_once()
    {
        var documents = TenfoldCorpus.Value;
        var oneWorker = database.Sibling("one_worker");
        using (var store = KnowledgeStore.Open(oneWorker, DefaultPipeline))
        {
            store.Enqueue(documents);
            store.Work(new WorkerOptions { BatchSize = 8 }).Analysed.Should().Be(documents.Length);
        }
        var threeWorkers = database.Sibling("three_workers");
        using (var store = KnowledgeStore.Open(threeWorkers, DefaultPipeline))
            store.Enqueue(documents);

        using var start = new Barrier(3);
        var workers = Enumerable.Range(1, 3).Select(n => Task.Run(() =>
        {
            using var store = KnowledgeStore.Open(threeWorkers, DefaultPipeline);
            start.SignalAndWait();
            return store.Work(new WorkerOptions { BatchSize = 8, WorkerId = $"worker-{n}", MaxDegreeOfParallelism = 1, PollInterval = Poll });
        })).ToArray();
        var results = workers.Select(w => w.Result).ToList();

        results.Sum(r => r.Analysed).Should().Be(documents.Length, "each document is analysed into the graph by exactly one worker");
        results.Should().OnlyContain(r => r.Lost == 0 && r.Batches > 0, "every worker took batches, and no claim expired");
        using var one = KnowledgeStore.Open(oneWorker, DefaultPipeline);
        using var three = KnowledgeStore.Open(threeWorkers, DefaultPipeline);
        three.QueueStatus().Should().Be(new QueueStatus(0, 0, documents.Length, 0));
        Exports(three.LoadGraph()).ShouldBeIdenticalTo(Exports(one.LoadGraph()), "three workers against one");
    }

    [RequiresPostgresAndSharedFact]
    public void A_worker_killed_mid_batch_loses_nothing_and_the_survivors_finish_its_documents()
    {
        var documents = TenfoldCorpus.Value;
        var location = database.Sibling("killed");
        using (var store = KnowledgeStore.Open(location, DefaultPipeline))
            store.Enqueue(documents);

        // A `knowledge work` process claims every document in one batch and is killed (SIGKILL) before it commits.
        var cli = Path.Combine(AppContext.BaseDirectory, "Knowledge.Cli.dll");
        var psi = new ProcessStartInfo(Packaging.DotnetProcess.Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "work", "--store", location, "--batch", "1000", "--claim-seconds", "3" })
            psi.ArgumentList.Add(argument);
        using var victim = Process.Start(psi)!;
        var clock = Stopwatch.StartNew();
        while (CountInState(location, "claimed") == 0)
        {
            if (victim.HasExited)
                throw new Xunit.Sdk.XunitException($"the worker exited ({victim.ExitCode}) before it was seen holding a claim: {victim.StandardError.ReadToEnd()}");
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(120), "the worker should claim a batch");
            Thread.Sleep(10);
        }
        victim.Kill();
        victim.WaitForExit();
        CountInState(location, "claimed").Should().Be(documents.Length, "it was killed holding its whole batch, before committing any of it");

        var survivors = Enumerable.Range(1, 2).Select(n => Task.Run(() =>
        {
            using var store = KnowledgeStore.Open(location, DefaultPipeline);
            return store.Work(new WorkerOptions { BatchSize = 8, WorkerId = $"survivor-{n}", PollInterval = Poll });
        })).ToArray();
        var results = survivors.Select(s => s.Result).ToList();

        results.Sum(r => r.Analysed).Should().Be(documents.Length, "the survivors took every document once its claim expired");
        using var check = KnowledgeStore.Open(location, DefaultPipeline);
        check.QueueStatus().Should().Be(new QueueStatus(0, 0, documents.Length, 0));
        Exports(check.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(documents), "nothing lost, nothing twice");
    }

    private static long CountInState(string location, string state)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT COUNT(*) FROM documents WHERE state = @state", connection);
        command.Parameters.AddWithValue("state", state);
        return (long)command.ExecuteScalar()!;
    }
}
