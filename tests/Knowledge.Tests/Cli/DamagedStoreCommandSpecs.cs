using FluentAssertions;
using Knowledge.Cli;
using Knowledge.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>
/// `extract --store` over a store one of whose stored analyses was damaged (edited by hand, a disk fault): the files
/// are written from every other document, standard error names the store, the document and the row, the exit code says
/// a document was skipped, and extracting that document's input again puts it back.
/// </summary>
public sealed class DamagedStoreCommandSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public DamagedStoreCommandSpecs()
    {
        foreach (var (name, folder) in new[] { ("articles.jsonl", "a"), ("feature.md", "a"), ("press-release.txt", "b") })
        {
            Directory.CreateDirectory(_dir.Combine(folder));
            File.Copy(Path.Combine(TestPaths.Samples, name), _dir.Combine(folder, name));
        }
    }

    public void Dispose() => _dir.Dispose();

    private string Store => _dir.Combine("knowledge.db");

    private (int ExitCode, string StdOut, string StdErr) Extract(string output, params string[] inputs) =>
        CliRunner.Run(["extract", .. inputs, "--out", _dir.Combine(output), "--format", "json", "--quiet", "--store", Store]);

    [Fact]
    public void A_damaged_stored_analysis_is_named_and_skipped_and_extracting_its_input_again_restores_it()
    {
        string a = _dir.Combine("a"), b = _dir.Combine("b");
        Extract("after-a", a).ExitCode.Should().Be(KnowledgeCommand.Success);
        string damaged = DamageFirstDocument();
        CliRunner.Run("extract", b, "--out", _dir.Combine("b-alone"), "--format", "json", "--quiet").ExitCode.Should().Be(KnowledgeCommand.Success);

        var withDamage = Extract("after-b", b);

        withDamage.ExitCode.Should().Be(KnowledgeCommand.PartialSuccess, "a stored document was skipped");
        withDamage.StdErr.Should().Contain(Store).And.Contain($"document \"{damaged}\"").And.Contain("entity row 0").And.Contain("cannot be read")
            .And.NotContain("   at ", "no stack trace");
        string json = File.ReadAllText(_dir.Combine("after-b", "knowledge.json"));
        json.Should().NotContain($"\"{damaged}\"", "the damaged document is left out of the graph");
        json.Length.Should().BeGreaterThan(File.ReadAllText(_dir.Combine("b-alone", "knowledge.json")).Length, "the other documents of A are in it");

        var repaired = Extract("repaired", a, b);
        var oneShot = CliRunner.Run("extract", a, b, "--out", _dir.Combine("one-shot"), "--format", "json", "--quiet");

        repaired.ExitCode.Should().Be(KnowledgeCommand.Success, repaired.StdErr);
        repaired.StdErr.Should().NotContain("cannot be read", "the damaged document was marked failed and analysed again");
        File.ReadAllBytes(_dir.Combine("repaired", "knowledge.json")).Should().Equal(File.ReadAllBytes(_dir.Combine("one-shot", "knowledge.json")));
    }

    // Truncates the first entity row of the first document (in id order), as a disk fault would; returns the document's id.
    private string DamageFirstDocument()
    {
        using var connection = new SqliteConnection($"Data Source={Store};Pooling=False");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT doc_id FROM mentions WHERE layer = 'entity' AND ordinal = 0 ORDER BY doc_id LIMIT 1";
        string id = (string)select.ExecuteScalar()!;
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE mentions SET record = substr(record, 1, 9) WHERE doc_id = $id AND layer = 'entity' AND ordinal = 0";
        update.Parameters.AddWithValue("$id", id);
        update.ExecuteNonQuery().Should().Be(1);
        return id;
    }
}
