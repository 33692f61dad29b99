using FluentAssertions;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>models/README.md says what every file of models/ is (regenerate it with tools/models-readme.py).</summary>
public class ModelsReadmeSpecs
{
    [Fact]
    public void Every_file_of_models_is_described_in_its_readme()
    {
        var models = Path.Combine(TestPaths.RepoRoot, "models");
        var readme = File.ReadAllText(Path.Combine(models, "README.md"));
        var files = Directory.EnumerateFiles(models, "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(models, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        files.Should().NotBeEmpty();
        files.Where(f => !readme.Contains($"`{f}`", StringComparison.Ordinal)).Should().BeEmpty("run python3 tools/models-readme.py after adding a list");
    }
}
