using System.Diagnostics;
using System.Text.Json;
using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Store;
using Knowledge.Tests.Packaging;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// A process killed (SIGKILL) in the middle of adding leaves a store that opens, holds every batch it
/// committed, whole, and nothing half-written; adding the same input again finishes the rest, and the
/// graph is the one-shot run's.
/// </summary>
public sealed class KilledAddSpecs
{
    private const int BatchSize = 4;
    private const int KillAfterBatches = 3;

    [Fact]
    public void A_store_killed_mid_add_keeps_its_committed_batches_and_the_next_add_finishes_the_rest()
    {
        using var dir = new Cli.TempDir();
        string input = WriteRecords(dir, InventedNews.Many(160));
        string path = dir.Combine("knowledge.db");

        var seen = RunAndKill(path, input);

        seen.Should().BeGreaterThanOrEqualTo(KillAfterBatches);
        var documents = DocumentLoader.Load([input]).Documents;
        using var store = KnowledgeStore.Open(path, DefaultPipeline);
        int stored = store.DocumentCount;
        stored.Should().BeGreaterThanOrEqualTo(KillAfterBatches * BatchSize, "every batch reported committed is in the store");
        (stored % BatchSize).Should().Be(0, "a batch is written in one transaction: all of it or none");
        DocumentsWithoutEntities(store).Should().Be(0, "no stored document lost its mentions to the kill");

        var rest = store.Add(documents, new StoreOptions { BatchSize = BatchSize });

        rest.Unchanged.Should().Be(stored);
        rest.Added.Should().Be(documents.Length - stored);
        Exports(store.Resolve()).ShouldBeIdenticalTo(OneShotExports(documents), "the finished store holds every document once");
    }

    /// <summary>Starts the add in a child process and kills it once it reports <see cref="KillAfterBatches"/> committed batches; returns the last batch count it reported.</summary>
    private static int RunAndKill(string path, string input)
    {
        var psi = new ProcessStartInfo(DotnetProcess.Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in new[] { typeof(StoreAddHost).Assembly.Location, StoreAddHost.Command, path, input, BatchSize.ToString() })
            psi.ArgumentList.Add(a);
        using var child = Process.Start(psi)!;
        var stderr = child.StandardError.ReadToEndAsync();
        int batches = 0;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (batches < KillAfterBatches && DateTime.UtcNow < deadline && child.StandardOutput.ReadLine() is { } line)
            if (line.StartsWith("committed ", StringComparison.Ordinal)) batches = int.Parse(line.Split(' ')[1]);
        if (batches < KillAfterBatches)
        {
            if (!child.HasExited) child.Kill();
            child.WaitForExit();
            throw new Xunit.Sdk.XunitException($"the child reported {batches} batches, then stopped (exit {child.ExitCode}): {stderr.Result}");
        }
        child.Kill(); // SIGKILL on Unix: no finally blocks, no disposal, no flush
        child.WaitForExit();
        return batches;
    }

    private static string WriteRecords(Cli.TempDir dir, IEnumerable<SourceDocument> documents)
    {
        var lines = documents.Select(d => JsonSerializer.Serialize(new
        {
            id = d.Id,
            title = d.Title,
            published = d.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            text = d.Body,
        }));
        return dir.File("briefs.jsonl", string.Join("\n", lines) + "\n");
    }

    private static int DocumentsWithoutEntities(KnowledgeStore store)
    {
        using var command = store.Backend.Connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = d.id AND m.layer = 'entity')";
        return Convert.ToInt32(command.ExecuteScalar());
    }
}
