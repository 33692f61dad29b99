using System.Xml.Linq;
using FluentAssertions;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Packaging;

/// <summary>
/// Fast checks of what the packaging tests rely on, run every time: the README's marked lines and
/// the projects' packing settings.
/// </summary>
public sealed class PackagingSetupSpecs
{
    private static XDocument Project(string path) => XDocument.Load(Path.Combine(TestPaths.RepoRoot, path));

    private static string? Property(XDocument project, string name) =>
        project.Descendants(name).Select(e => e.Value.Trim()).FirstOrDefault();

    [Fact]
    public void A_marked_README_section_yields_its_one_code_block()
    {
        const string markdown = "intro\n<!-- demo -->\n```sh\ndotnet add package Foo\n```\n<!-- /demo -->\nafter\n```sh\nnot this\n```\n";
        ReadmeSnippets.Get(markdown, "demo").Should().Be("dotnet add package Foo\n");
    }

    [Fact]
    public void A_missing_or_ambiguous_README_section_is_an_error_not_an_empty_program()
    {
        var missing = () => ReadmeSnippets.Get("no markers here", "demo");
        missing.Should().Throw<InvalidOperationException>().WithMessage("*demo*");
        var two = () => ReadmeSnippets.Get("<!-- demo -->\n```\na\n```\n```\nb\n```\n<!-- /demo -->", "demo");
        two.Should().Throw<InvalidOperationException>().WithMessage("*2 code blocks*");
    }

    [Fact]
    public void The_README_install_lines_name_the_packages_the_projects_pack()
    {
        string library = Property(Project("src/Knowledge/Knowledge.csproj"), "PackageId")!;
        string tool = Property(Project("src/Knowledge.Cli/Knowledge.Cli.csproj"), "PackageId")!;
        string command = Property(Project("src/Knowledge.Cli/Knowledge.Cli.csproj"), "ToolCommandName")!;

        ReadmeSnippets.Commands(ReadmeSnippets.PackageInstall).Should().ContainSingle()
            .Which.Should().Equal("dotnet", "add", "package", library);
        var toolLines = ReadmeSnippets.Commands(ReadmeSnippets.ToolInstall);
        toolLines[0].Should().Equal("dotnet", "tool", "install", "--global", tool);
        toolLines.Skip(1).Should().OnlyContain(l => l[0] == command);
        ReadmeSnippets.Get(ReadmeSnippets.LibraryExample).Should().Contain("KnowledgePipeline.CreateDefault()");
    }

    [Fact]
    public void Only_the_library_and_the_tool_are_packable()
    {
        var cli = Project("src/Knowledge.Cli/Knowledge.Cli.csproj");
        Property(cli, "PackAsTool").Should().Be("true");
        Property(cli, "ToolCommandName").Should().Be("knowledge");
        Property(Project("src/Knowledge/Knowledge.csproj"), "TargetFrameworks").Should().Be("net8.0;net10.0");

        var others = new[] { "tests", "benchmarks" }
            .Select(d => Path.Combine(TestPaths.RepoRoot, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        others.Should().NotBeEmpty();
        others.Should().OnlyContain(p => Property(XDocument.Load(p), "IsPackable") == "false", "dotnet pack on the solution must not make test or benchmark packages");
    }

    [Fact]
    public void The_version_has_one_home_and_is_semantic()
    {
        PackagedFeed.Version.Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$");
        Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Should().OnlyContain(p => Property(XDocument.Load(p), "Version") == null && Property(XDocument.Load(p), "VersionPrefix") == null,
                "the version is set in Directory.Build.props only");
    }

    [Theory]
    [InlineData("", "", "false")]
    [InlineData("true", "", "true")]
    [InlineData("", "true", "true")]
    public void SourceLink_is_on_for_CI_builds_only_so_a_local_build_of_a_path_clone_does_not_warn(string ci, string continuousIntegration, string expected)
    {
        var environment = new Dictionary<string, string> { ["CI"] = ci, ["ContinuousIntegrationBuild"] = continuousIntegration };
        var result = DotnetProcess.Run(DotnetProcess.Dotnet,
            ["msbuild", "src/Knowledge/Knowledge.csproj", "-getProperty:EnableSourceLink", "-getProperty:EnableSourceControlManagerQueries"],
            TestPaths.RepoRoot, environment, timeoutSeconds: 120);

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        var properties = json.RootElement.GetProperty("Properties");
        properties.GetProperty("EnableSourceLink").GetString().Should().Be(expected);
        properties.GetProperty("EnableSourceControlManagerQueries").GetString().Should().Be(expected);
    }
}
