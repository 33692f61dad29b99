using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace Knowledge.Tests.Packaging;

/// <summary>
/// The promise "reference it as a NuGet package": the packages dotnet pack makes, used from a new
/// project outside the repository with the README's own install lines and library example.
/// </summary>
public sealed class PackageSpecs : IClassFixture<PackagedFeed>
{
    private readonly PackagedFeed _feed;

    public PackageSpecs(PackagedFeed feed) => _feed = feed;

    private string Package(string id) => Path.Combine(_feed.Feed, $"{id}.{PackagedFeed.Version}.nupkg");

    [RequiresPackagingFact]
    public void The_library_package_holds_both_frameworks_with_xml_docs_the_readme_metadata_and_symbols()
    {
        string nupkg = Package("Knowledge");
        File.Exists(nupkg).Should().BeTrue($"dotnet pack writes Knowledge.{PackagedFeed.Version}.nupkg (feed: {string.Join(", ", Directory.GetFiles(_feed.Feed).Select(Path.GetFileName))})");
        File.Exists(Path.ChangeExtension(nupkg, ".snupkg")).Should().BeTrue("symbols ship as a .snupkg beside it");

        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.Should().Contain(["lib/net8.0/Knowledge.dll", "lib/net8.0/Knowledge.xml", "lib/net10.0/Knowledge.dll", "lib/net10.0/Knowledge.xml", "README.md"]);
        entries.Should().NotContain(e => e.StartsWith("models/", StringComparison.Ordinal), "the word lists are embedded in the assembly, not loose files");

        using var nuspecStream = zip.Entries.Single(e => e.FullName == "Knowledge.nuspec").Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Meta(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        Meta("version").Should().Be(PackagedFeed.Version);
        Meta("readme").Should().Be("README.md");
        Meta("license").Should().Be("MIT");
        Meta("description").Should().NotBeEmpty();
        Meta("tags").Should().Contain("knowledge-graph");
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value.Should().StartWith("https://");
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).Distinct().ToList();
        dependencies.Should().BeEquivalentTo(["Markdig", "Microsoft.Data.Sqlite", "Npgsql", "QuikGraph"],
            "the stores need their database providers (SQLite and PostgreSQL); analysers and SourceLink are build-time only");
    }

    [RequiresPackagingFact]
    public void A_new_console_project_runs_the_README_library_example_from_the_package_alone()
    {
        string project = Path.Combine(_feed.Consumer, "library-example");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "LibraryExample.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);

        // The README's install line, as written, resolved through the consumer folder's nuget.config.
        foreach (var command in ReadmeSnippets.Commands(ReadmeSnippets.PackageInstall))
        {
            command[0].Should().Be("dotnet");
            Run(command[0], command[1..], project);
        }
        File.ReadAllText(Path.Combine(project, "LibraryExample.csproj"))
            .Should().Contain($"Include=\"Knowledge\" Version=\"{PackagedFeed.Version}\"", "the reference is to the version just packed");
        InstalledPackage(_feed.PackageCache, "Knowledge").Should().Equal(File.ReadAllBytes(Package("Knowledge")), "the package restored is the one just packed");

        File.WriteAllText(Path.Combine(project, "Program.cs"), ReadmeSnippets.Get(ReadmeSnippets.LibraryExample));
        PackagedFeed.CopySamples(project);
        var run = Run("dotnet", ["run", "-c", "Release"], project);

        var counts = Regex.Match(run.StdOut, @"^(\d+) nodes, (\d+) edges", RegexOptions.Multiline);
        counts.Success.Should().BeTrue($"the example prints its counts\n{run}");
        int.Parse(counts.Groups[1].Value).Should().BeGreaterThan(20);
        int.Parse(counts.Groups[2].Value).Should().BeGreaterThan(20);
        run.StdOut.Should().Contain("Celia Ramos (person:celia-ramos)", "the press release in samples/ quotes her");
        AssertGraphWritten(Path.Combine(project, "graph-output"));
    }

    [RequiresPackagingFact]
    public void The_tool_installs_from_the_feed_and_the_knowledge_command_extracts_the_samples()
    {
        string tools = Path.Combine(_feed.Root, "tools");
        string work = Path.Combine(_feed.Consumer, "tool-use");
        Directory.CreateDirectory(work);
        PackagedFeed.CopySamples(work);

        var lines = ReadmeSnippets.Commands(ReadmeSnippets.ToolInstall);
        var install = lines[0];
        install.Should().Equal("dotnet", "tool", "install", "--global", "Knowledge.Cli");
        // As written, but into a tool path of the test's own instead of the user's global tools.
        Run("dotnet", [.. install[1..].Select(a => a == "--global" ? "--tool-path" : a).SelectMany(a => a == "--tool-path" ? new[] { a, tools } : [a])], _feed.Consumer);
        InstalledPackage(Path.Combine(tools, ".store"), "Knowledge.Cli").Should().Equal(File.ReadAllBytes(Package("Knowledge.Cli")), "the tool installed is the package just packed");

        string knowledge = Path.Combine(tools, "knowledge");
        File.Exists(knowledge).Should().BeTrue("the tool's command is named knowledge");
        Run(knowledge, ["--help"], work).StdOut.Should().Contain("extract");

        foreach (var line in lines.Skip(1))
        {
            line[0].Should().Be("knowledge");
            Run(knowledge, line[1..], work);
        }
        AssertGraphWritten(Path.Combine(work, "graph-output"));
    }

    private DotnetProcess.Result Run(string program, IEnumerable<string> arguments, string directory)
    {
        var result = DotnetProcess.Run(program == "dotnet" ? DotnetProcess.Dotnet : program, arguments, directory, _feed.ConsumerEnvironment);
        result.ExitCode.Should().Be(0, result.ToString());
        return result;
    }

    /// <summary>
    /// The bytes of the package <paramref name="id"/> as installed under <paramref name="root"/> (a
    /// package cache, a tool store), which keeps a copy of the .nupkg it installed.
    /// </summary>
    private static byte[] InstalledPackage(string root, string id)
    {
        string name = $"{id}.{PackagedFeed.Version}.nupkg".ToLowerInvariant();
        var found = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, name, SearchOption.AllDirectories).ToList()
            : [];
        found.Should().ContainSingle($"{id} {PackagedFeed.Version} is installed under {root}, the test's own folder");
        return File.ReadAllBytes(found[0]);
    }

    private static void AssertGraphWritten(string directory)
    {
        File.Exists(Path.Combine(directory, "knowledge.graphml")).Should().BeTrue();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "knowledge.json")));
        var people = json.RootElement.GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("type").GetString() == "Person")
            .Select(n => n.GetProperty("label").GetString())
            .ToList();
        people.Should().Contain("Celia Ramos", "the lexicons inside the package recognise the samples' people");
    }
}
