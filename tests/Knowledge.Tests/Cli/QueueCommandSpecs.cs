using FluentAssertions;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>`knowledge enqueue` and `knowledge work`: queue texts in a store, work them off, export the same graph as extract.</summary>
public sealed class QueueCommandSpecs
{
    [Fact]
    public void Enqueue_then_work_then_export_writes_the_graph_extract_writes()
    {
        using var dir = new TempDir();
        var store = dir.Combine("queue.db");

        var enqueue = CliRunner.Run("enqueue", TestPaths.Samples, "--store", store);
        var work = CliRunner.Run("work", "--store", store, "--batch", "2");
        var export = CliRunner.Run("export", "--store", store, "--format", "json", "--out", dir.Combine("from-queue"));
        CliRunner.Run("extract", TestPaths.Samples, "--format", "json", "--quiet", "--out", dir.Combine("one-shot")).ExitCode.Should().Be(0);

        enqueue.ExitCode.Should().Be(0, enqueue.StdErr);
        enqueue.StdOut.Should().MatchRegex(@"^[1-9]\d* documents queued, 0 unchanged");
        work.ExitCode.Should().Be(0, work.StdErr);
        work.StdOut.Should().Contain("queue empty").And.Contain("graph resolved");
        export.ExitCode.Should().Be(0, export.StdErr);
        File.ReadAllBytes(dir.Combine("from-queue", "knowledge.json"))
            .Should().Equal(File.ReadAllBytes(dir.Combine("one-shot", "knowledge.json")));
    }

    [Fact]
    public void Enqueueing_the_same_inputs_again_queues_nothing()
    {
        using var dir = new TempDir();
        var store = dir.Combine("queue.db");
        CliRunner.Run("enqueue", TestPaths.Samples, "--store", store).ExitCode.Should().Be(0);

        var again = CliRunner.Run("enqueue", TestPaths.Samples, "--store", store);

        again.ExitCode.Should().Be(0, again.StdErr);
        again.StdOut.Should().MatchRegex(@"^0 documents queued, [1-9]\d* unchanged");
    }

    [Fact]
    public void Work_on_a_store_that_does_not_exist_names_it_and_exits_with_the_store_error_code()
    {
        using var dir = new TempDir();
        var missing = dir.Combine("missing.db");

        var work = CliRunner.Run("work", "--store", missing);

        work.ExitCode.Should().Be(Knowledge.Cli.KnowledgeCommand.StoreError);
        work.StdErr.Should().Contain(missing);
    }

    [Fact]
    public void Work_refuses_a_batch_below_one_as_a_usage_error()
    {
        var work = CliRunner.Run("work", "--store", "queue.db", "--batch", "0");

        work.ExitCode.Should().Be(Knowledge.Cli.KnowledgeCommand.UsageError);
        work.StdErr.Should().Contain("--batch must be at least 1");
    }

    [Fact]
    public void A_later_work_run_still_says_which_documents_failed_and_why()
    {
        using var dir = new TempDir();
        var store = dir.Combine("queue.db");
        CliRunner.Run("enqueue", TestPaths.Samples, "--store", store).ExitCode.Should().Be(0);
        string damaged;
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE documents SET source = '{ broken' WHERE id = (SELECT MIN(id) FROM documents) RETURNING id";
            damaged = (string)command.ExecuteScalar()!;
        }
        CliRunner.Run("work", "--store", store).ExitCode.Should().Be(Knowledge.Cli.KnowledgeCommand.PartialSuccess);

        var later = CliRunner.Run("work", "--store", store);

        later.ExitCode.Should().Be(0, "this run failed nothing");
        later.StdOut.Should().MatchRegex($@"1 failed \(enqueue them again to retry\):\s+{System.Text.RegularExpressions.Regex.Escape(damaged)}: its queued source in the store cannot be read \(.+\)");
    }
}
