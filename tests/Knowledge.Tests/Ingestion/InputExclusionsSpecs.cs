using FluentAssertions;
using Knowledge.Export;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

/// <summary><see cref="LoadOptions.Exclusions"/>: what folder searches leave out, and input files that are skipped.</summary>
public sealed class InputExclusionsSpecs : IDisposable
{
    private const string Text = "The court heard the case on Monday.\n";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private (List<string> Ids, List<Diagnostic> Diagnostics) Read(LoadOptions options, params string[] inputs)
    {
        var diagnostics = new List<Diagnostic>();
        var ids = DocumentLoader.Stream(inputs, diagnostics.Add, options: options).Select(d => d.Id).ToList();
        return (ids, diagnostics);
    }

    private static LoadOptions Excluding(IEnumerable<string> paths, params string[] patterns) =>
        new() { Exclusions = new InputExclusions(paths, patterns.Select(GlobPattern.Parse)) };

    [Fact]
    public void Patterns_leave_out_folders_by_relative_path_and_files_by_name()
    {
        _dir.Write("a.txt", Text);
        _dir.Write("drafts/b.txt", Text);
        _dir.Write("drafts/old/c.txt", Text);
        _dir.Write("keep/drafts.txt", Text);
        _dir.Write("keep/d.md", Text);

        Read(Excluding([], "drafts/**"), _dir.Path).Ids.Should().Equal("a", "d", "drafts");
        Read(Excluding([], "*.md"), _dir.Path).Ids.Should().Equal("a", "b", "c", "drafts");
        Read(Excluding([], "drafts"), _dir.Path).Ids.Should().Equal(["a", "d", "drafts"], "a folder is matched by its name");
    }

    [Fact]
    public void Excluded_paths_leave_out_a_folder_below_the_one_searched()
    {
        _dir.Write("a.txt", Text);
        _dir.Write("out/b.txt", Text);

        Read(Excluding([Path.Combine(_dir.Path, "out")]), _dir.Path).Ids.Should().Equal("a");
    }

    [Fact]
    public void By_default_a_folder_holding_a_manifest_is_left_out_and_so_are_the_files_it_lists()
    {
        _dir.Write("a.txt", Text);
        _dir.Write("old-output/quotes.jsonl", """{"id":"q1","text":"Body."}""" + "\n");
        OutputManifest.Write(Path.Combine(_dir.Path, "old-output"), ["quotes.jsonl"]);
        _dir.Write("written.txt", Text);
        _dir.Write("neo4j/nodes-Person.csv.txt", Text);
        OutputManifest.Write(_dir.Path, ["written.txt", "neo4j/nodes-Person.csv.txt"]);

        Read(LoadOptions.Default, _dir.Path).Ids.Should().Equal("a");
        Read(LoadOptions.Default, Path.Combine(_dir.Path, "neo4j")).Ids.Should().BeEmpty();
        var all = new LoadOptions { Exclusions = new InputExclusions([], []) { SkipOutputFolders = false } };
        Read(all, _dir.Path).Ids.Should().Contain("q1").And.Contain("written");
    }

    [Fact]
    public void An_excluded_input_file_is_skipped_with_a_warning()
    {
        var file = _dir.Write("drafts/b.txt", Text);

        var (ids, diagnostics) = Read(Excluding([], "**/drafts/**"), file);
        var (byName, _) = Read(Excluding([], "b.txt"), file);

        ids.Should().BeEmpty();
        byName.Should().BeEmpty();
        diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].Message.Should().Contain("not read").And.Contain("**/drafts/**");
    }

    [Fact]
    public void A_folder_with_nothing_to_read_is_reported()
    {
        _dir.Write("image.png", "not text");

        var (ids, diagnostics) = Read(LoadOptions.Default, _dir.Path);

        ids.Should().BeEmpty();
        diagnostics.Should().ContainSingle().Which.Message.Should().Contain("no file to read");
    }

    [Fact]
    public void Input_size_leaves_out_what_is_excluded()
    {
        _dir.Write("a.txt", "12345");
        _dir.Write("drafts/b.txt", "1234567890");

        DocumentLoader.InputSize([_dir.Path], Excluding([], "drafts/**")).Should().Be(5);
        DocumentLoader.InputSize([_dir.Path]).Should().Be(15);
    }
}
