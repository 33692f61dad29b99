using System.Diagnostics;
using System.Runtime.InteropServices;
using FluentAssertions;
using Knowledge.Store;
using Knowledge.Tests.Packaging;
using Knowledge.Tests.Store;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Cli;

/// <summary>
/// `knowledge work --follow` stopped by a signal (Ctrl+C at a terminal, SIGTERM from a service manager): the process commits the batch
/// in hand and exits 0 promptly, holding no claim, and a following `work` finishes the queue with the one-shot graph.
/// </summary>
public sealed class WorkInterruptSpecs
{
    [UnixTheory]
    [InlineData(2)]    // SIGINT: Ctrl+C at a terminal
    [InlineData(15)]   // SIGTERM: kill, docker stop, systemd
    public void A_signal_stops_a_following_worker_after_its_batch_with_exit_code_0_and_no_claim_left(int signal)
    {
        using var dir = new TempDir();
        var location = dir.Combine("queue.db");
        var documents = InventedNews.Many(120);
        using (var setup = KnowledgeStore.Open(location, DefaultPipeline))
            setup.Enqueue(documents);

        using var worker = StartWorker(location);
        var stdout = worker.StandardOutput.ReadToEndAsync();
        var stderr = worker.StandardError.ReadToEndAsync();
        using (var watch = KnowledgeStore.Open(location, DefaultPipeline))
            WaitUntil(() => watch.QueueStatus().Analysed > 0, worker, stderr);
        var signalled = Stopwatch.StartNew();
        kill(worker.Id, signal).Should().Be(0, "the signal is sent");
        worker.WaitForExit(TimeSpan.FromSeconds(30)).Should().BeTrue("a stopped worker returns once the batch in hand is committed");
        signalled.Stop();
        worker.WaitForExit();

        worker.ExitCode.Should().Be(Knowledge.Cli.KnowledgeCommand.Success, stderr.Result);
        stdout.Result.Should().Contain("queue: ");
        using var store = KnowledgeStore.Open(location, DefaultPipeline);
        var status = store.QueueStatus();
        status.Claimed.Should().Be(0, "the worker committed the batch it held before it exited");
        status.Pending.Should().BeGreaterThan(0, $"the worker was stopped before it finished the queue ({status}, stopped in {signalled.Elapsed})");

        var rest = CliRunner.Run("work", "--store", location);

        rest.ExitCode.Should().Be(0, rest.StdErr);
        store.QueueStatus().Should().Be(new QueueStatus(0, 0, documents.Length, 0));
        Exports(store.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(documents), "an interrupted queue, finished, against one run");
    }

    [UnixFact]
    public void A_second_Ctrl_C_ends_the_worker_at_once_without_waiting_for_its_batch()
    {
        using var dir = new TempDir();
        var location = dir.Combine("queue.db");
        var documents = InventedNews.Many(600);
        using (var setup = KnowledgeStore.Open(location, DefaultPipeline))
            setup.Enqueue(documents);

        // One batch of every document: analysing it takes seconds, long after both signals.
        using var worker = StartWorker(location, batch: documents.Length);
        var stderr = worker.StandardError.ReadToEndAsync();
        _ = worker.StandardOutput.ReadToEndAsync();
        using var watch = KnowledgeStore.Open(location, DefaultPipeline);
        WaitUntil(() => watch.QueueStatus().Claimed > 0, worker, stderr);
        kill(worker.Id, SigInt).Should().Be(0);
        Thread.Sleep(100);
        kill(worker.Id, SigInt).Should().Be(0);
        worker.WaitForExit(TimeSpan.FromSeconds(30)).Should().BeTrue();
        worker.WaitForExit();

        worker.ExitCode.Should().Be(128 + SigInt, "the second signal ends the process as an unhandled Ctrl+C does");
        watch.QueueStatus().Claimed.Should().Be(documents.Length, "its batch was not committed: the claims expire for other workers");
    }

    private const int SigInt = 2;

    private static Process StartWorker(string location, int batch = 2)
    {
        var psi = new ProcessStartInfo(DotnetProcess.Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var cli = Path.Combine(AppContext.BaseDirectory, "Knowledge.Cli.dll");
        // Small batches by default, so the worker is seen mid-queue and stops soon after the signal.
        foreach (var argument in new[] { cli, "work", "--store", location, "--follow", "--batch", batch.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(argument);
        return Process.Start(psi)!;
    }

    private static void WaitUntil(Func<bool> condition, Process worker, Task<string> stderr)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (worker.HasExited)
                throw new Xunit.Sdk.XunitException($"the worker exited ({worker.ExitCode}) before it committed a batch: {stderr.Result}");
            if (clock.Elapsed > TimeSpan.FromSeconds(120))
            {
                worker.Kill();
                throw new TimeoutException("the worker committed no batch in 2 minutes");
            }
            Thread.Sleep(20);
        }
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SA1300, IDE1006 // the C function's own name
    private static extern int kill(int pid, int signal);
#pragma warning restore SA1300, IDE1006
}

/// <summary>A fact that sends POSIX signals: skipped on Windows, which has none.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    /// <summary>Skips on Windows.</summary>
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "sends POSIX signals, which Windows does not have";
    }
}

/// <summary>A theory that sends POSIX signals: skipped on Windows, which has none.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips on Windows.</summary>
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "sends POSIX signals, which Windows does not have";
    }
}
