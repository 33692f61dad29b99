using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary><see cref="GraphExporter.WriteOwned"/>: each run owns the files it writes, through the folder's manifest.</summary>
public sealed class GraphExporterOwnedSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Write_alone_keeps_its_behaviour_and_writes_no_manifest()
    {
        GraphExporter.Write(SampleGraphs.Build(), _dir.Path, ExportFormats.Json);

        File.Exists(_dir.File(OutputManifest.FileName)).Should().BeFalse();
    }

    [Fact]
    public void Writes_the_files_and_a_manifest_listing_them()
    {
        var exported = GraphExporter.WriteOwned(SampleGraphs.Build(), _dir.Path, ExportFormats.All);

        exported.Removed.Should().BeEmpty();
        exported.Written.Should().Equal(GraphExporter.Write(SampleGraphs.Build(), _dir.File("plain"), ExportFormats.All)
            .Select(p => p.Replace(_dir.File("plain"), _dir.Path)));
        OutputManifest.Read(_dir.Path).Should().BeEquivalentTo(
            exported.Written.Select(p => Path.GetRelativePath(_dir.Path, p).Replace('\\', '/')));
    }

    [Fact]
    public void A_rerun_with_fewer_formats_removes_what_it_no_longer_writes_and_keeps_other_files()
    {
        GraphExporter.WriteOwned(SampleGraphs.Build(), _dir.Path, ExportFormats.All);
        File.WriteAllText(_dir.File("notes.txt"), "mine");

        var exported = GraphExporter.WriteOwned(SampleGraphs.Build(), _dir.Path, ExportFormats.Json);

        exported.Written.Should().Equal(_dir.File(GraphExporter.JsonFileName));
        exported.Removed.Should().Contain(_dir.File(GraphExporter.GraphMlFileName));
        Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Should()
            .BeEquivalentTo(GraphExporter.JsonFileName, "notes.txt", OutputManifest.FileName);
        Directory.Exists(_dir.File(GraphExporter.Neo4jFolderName)).Should().BeFalse();
        OutputManifest.Read(_dir.Path).Should().Equal(GraphExporter.JsonFileName);
    }
}
