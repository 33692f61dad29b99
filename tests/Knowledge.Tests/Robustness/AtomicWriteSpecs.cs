using System.Text;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Tests.Export;
using TempDir = Knowledge.Tests.Ingestion.TempDir;
using Xunit;

namespace Knowledge.Tests.Robustness;

/// <summary>Output files are written atomically: an interrupted write leaves the previous file whole and no temporary file behind.</summary>
public sealed class AtomicWriteSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string[] Leftovers() => Directory.GetFiles(_dir.Path, "*.tmp", SearchOption.AllDirectories);

    [Fact]
    public void A_writer_that_fails_mid_stream_leaves_the_previous_file_intact()
    {
        var path = _dir.Write("knowledge.json", "{\"previous\":true}");

        var act = () => AtomicFile.Write(path, s =>
        {
            s.Write(Encoding.UTF8.GetBytes(new string('x', 200_000)));
            throw new IOException("disk unplugged");
        });

        act.Should().Throw<IOException>().WithMessage("disk unplugged");
        File.ReadAllText(path).Should().Be("{\"previous\":true}");
        Leftovers().Should().BeEmpty();
    }

    [Fact]
    public void A_failed_first_write_leaves_no_file_at_all()
    {
        var path = Path.Combine(_dir.Path, "knowledge.graphml");
        var act = () => AtomicFile.Write(path, s => { s.WriteByte((byte)'<'); throw new OperationCanceledException(); });
        act.Should().Throw<OperationCanceledException>();
        File.Exists(path).Should().BeFalse();
        Leftovers().Should().BeEmpty();
    }

    [Fact]
    public void A_successful_write_replaces_the_file_whole()
    {
        var path = _dir.Write("quotes.jsonl", "old");
        AtomicFile.Write(path, s => s.Write(Encoding.UTF8.GetBytes("new content")));
        File.ReadAllText(path).Should().Be("new content");
        Leftovers().Should().BeEmpty();
    }

    [Fact]
    public void An_export_interrupted_by_a_bad_graph_leaves_the_previous_exports()
    {
        GraphExporter.Write(SampleGraphs.Build(), _dir.Path, ExportFormats.Json | ExportFormats.GraphMl);
        var before = Directory.GetFiles(_dir.Path).ToDictionary(f => f, File.ReadAllBytes);

        // A read-only folder in the way of the Neo4j files: the writes before it are whole, the old files are untouched.
        var blocker = _dir.Write(GraphExporter.Neo4jFolderName, "not a folder");
        var act = () => GraphExporter.Write(SampleGraphs.Build(), _dir.Path, ExportFormats.Neo4j);

        act.Should().Throw<IOException>();
        foreach (var (file, bytes) in before) File.ReadAllBytes(file).Should().Equal(bytes);
        File.ReadAllText(blocker).Should().Be("not a folder");
        Leftovers().Should().BeEmpty();
    }
}
