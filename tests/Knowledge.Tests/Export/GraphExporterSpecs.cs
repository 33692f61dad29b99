using System.Text.Json;
using System.Xml;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

public sealed class GraphExporterSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Writes_both_files_into_a_new_folder_and_returns_their_paths()
    {
        string outDir = Path.Combine(_dir.Path, "nested", "out");
        var graph = SampleGraphs.Build();

        var paths = GraphExporter.Write(graph, outDir, ExportFormats.Json | ExportFormats.GraphMl);

        paths.Should().Equal(Path.Combine(outDir, "knowledge.json"), Path.Combine(outDir, "knowledge.graphml"));
        File.ReadAllBytes(paths[0]).Should().Equal(SampleGraphs.Json(graph));
        File.ReadAllBytes(paths[1]).Should().Equal(SampleGraphs.GraphMl(graph));
        Directory.GetFiles(outDir).Select(Path.GetFileName).Should().BeEquivalentTo("knowledge.json", "knowledge.graphml");
    }

    [Fact]
    public void Writes_only_the_requested_formats_and_passes_the_options()
    {
        var graph = SampleGraphs.Build();
        GraphExporter.Write(graph, _dir.Path, ExportFormats.GraphMl, new GraphMlOptions { Yed = true })
            .Should().Equal(_dir.File("knowledge.graphml"));
        File.Exists(_dir.File("knowledge.json")).Should().BeFalse();
        File.ReadAllBytes(_dir.File("knowledge.graphml")).Should().Equal(SampleGraphs.GraphMl(graph, yed: true));
        GraphExporter.Write(graph, _dir.Path, ExportFormats.None).Should().BeEmpty();
    }

    [Fact]
    public void Replaces_existing_files_and_leaves_no_temporary_file()
    {
        File.WriteAllText(_dir.File("knowledge.json"), new string('x', 100_000));
        File.WriteAllText(_dir.File("knowledge.graphml"), "old");

        GraphExporter.Write(SampleGraphs.Build(), _dir.Path, ExportFormats.Json | ExportFormats.GraphMl);

        JsonDocument.Parse(File.ReadAllBytes(_dir.File("knowledge.json"))).RootElement.GetProperty("nodes").GetArrayLength().Should().Be(5);
        using (var r = XmlReader.Create(_dir.File("knowledge.graphml"))) while (r.Read()) { }
        Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Should().BeEquivalentTo("knowledge.json", "knowledge.graphml");
    }

    [Fact]
    public void All_writes_json_graphml_the_quotes_as_json_lines_the_html_view_and_the_neo4j_folder_in_that_order()
    {
        var graph = SampleGraphs.Build();

        var paths = GraphExporter.Write(graph, _dir.Path, ExportFormats.All);

        paths.Take(4).Should().Equal(_dir.File("knowledge.json"), _dir.File("knowledge.graphml"), _dir.File("quotes.jsonl"), _dir.File("knowledge.html"));
        paths.Skip(4).Should().Equal(Neo4jCsvWriter.Write(graph, Path.Combine(_dir.Path, "other")).Select(p => Path.Combine(_dir.Path, "neo4j", Path.GetFileName(p))));
        var line = File.ReadAllLines(_dir.File("quotes.jsonl")).Should().ContainSingle().Subject;
        JsonDocument.Parse(line).RootElement.GetProperty("speaker").GetString().Should().Be(SampleGraphs.PersonLabel);
        Directory.GetFiles(_dir.Path).Should().HaveCount(4);
    }

    [Fact]
    public void A_failed_write_keeps_the_old_file_and_removes_the_temporary_one()
    {
        string path = _dir.File("knowledge.json");
        File.WriteAllText(path, "previous");

        var act = () => AtomicFile.Write(path, s =>
        {
            s.Write(new byte[] { 1, 2, 3 });
            throw new InvalidOperationException("boom");
        });

        act.Should().Throw<InvalidOperationException>();
        File.ReadAllText(path).Should().Be("previous");
        Directory.GetFiles(_dir.Path).Should().ContainSingle();
    }
}
