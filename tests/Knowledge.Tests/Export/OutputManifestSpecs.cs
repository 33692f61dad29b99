using System.Text;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

public sealed class OutputManifestSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string ManifestPath => Path.Combine(_dir.Path, OutputManifest.FileName);

    [Fact]
    public void Writes_relative_paths_with_slashes_deduplicated_and_ordinal_sorted_without_timestamps()
    {
        OutputManifest.Write(_dir.Path, [Path.Combine(_dir.Path, "quotes.jsonl"), "neo4j/nodes-Person.csv", "knowledge.json", "Knowledge.html", "knowledge.json"]);
        var first = File.ReadAllBytes(ManifestPath);

        OutputManifest.Read(_dir.Path).Should().Equal("Knowledge.html", "knowledge.json", "neo4j/nodes-Person.csv", "quotes.jsonl");
        Encoding.UTF8.GetString(first).Should().Contain("\"version\": 1").And.EndWith("}\n");
        OutputManifest.IsOutputFolder(_dir.Path).Should().BeTrue();

        OutputManifest.Write(_dir.Path, ["knowledge.json", "quotes.jsonl", "neo4j/nodes-Person.csv", "Knowledge.html"]);
        File.ReadAllBytes(ManifestPath).Should().Equal(first, "the same files give the same bytes");
    }

    [Fact]
    public void A_file_outside_the_folder_cannot_be_listed()
    {
        FluentActions.Invoking(() => OutputManifest.Write(_dir.Path, ["../elsewhere.txt"]))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_folder_without_a_manifest_or_with_a_broken_one_lists_nothing()
    {
        OutputManifest.Read(_dir.Path).Should().BeEmpty();
        OutputManifest.IsOutputFolder(_dir.Path).Should().BeFalse();

        File.WriteAllText(ManifestPath, "{\"files\": [\"knowledge.json\"");
        OutputManifest.Read(_dir.Path).Should().BeEmpty();
    }

    [Fact]
    public void Removes_listed_files_no_longer_written_and_their_emptied_folder_but_nothing_else()
    {
        var kept = Write("knowledge.json");
        var gone = Write("neo4j/nodes-Work.csv");
        var user = Write("notes.txt");
        var userInNeo4j = Write("other/keep.csv");

        var removed = OutputManifest.RemoveStale(_dir.Path, ["knowledge.json", "neo4j/nodes-Work.csv", "missing.csv"], [kept]);

        removed.Should().Equal(gone);
        File.Exists(kept).Should().BeTrue();
        File.Exists(user).Should().BeTrue("a file the manifest does not list is never touched");
        File.Exists(userInNeo4j).Should().BeTrue();
        Directory.Exists(Path.Combine(_dir.Path, "neo4j")).Should().BeFalse("the emptied folder goes too");
        Directory.Exists(_dir.Path).Should().BeTrue();
    }

    [Fact]
    public void A_listed_path_that_leaves_the_folder_is_never_deleted()
    {
        var inner = Path.Combine(_dir.Path, "out");
        Directory.CreateDirectory(inner);
        var outside = Write("outside.txt");

        var removed = OutputManifest.RemoveStale(inner, ["../outside.txt", outside, "./x/../../outside.txt", ""], []);

        removed.Should().BeEmpty();
        File.Exists(outside).Should().BeTrue();
    }

    [Fact]
    public void A_folder_holding_a_file_the_manifest_does_not_list_is_kept()
    {
        Write("neo4j/nodes-Work.csv");
        var user = Write("neo4j/my-query.cypher");

        OutputManifest.RemoveStale(_dir.Path, ["neo4j/nodes-Work.csv"], []);

        File.Exists(user).Should().BeTrue();
    }

    private string Write(string relative)
    {
        var path = Path.Combine(_dir.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }
}
