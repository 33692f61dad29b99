using FluentAssertions;
using Knowledge.Lexicons;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>The word lists embedded as one bundle are the files of models/, byte for byte, under their names.</summary>
public class EmbeddedModelsSpecs
{
    private static readonly string Models = Path.Combine(TestPaths.RepoRoot, "models");

    private static string NameOf(string file) =>
        Path.ChangeExtension(Path.GetRelativePath(Models, file), null).Replace(Path.DirectorySeparatorChar, '/');

    [Fact]
    public void The_bundle_names_every_file_of_models_in_ordinal_order()
    {
        var files = Directory.EnumerateFiles(Models, "*.txt", SearchOption.AllDirectories).Select(NameOf).Order(StringComparer.Ordinal);
        EmbeddedModels.Names.Should().Equal(files);
        LexiconSet.EmbeddedNames.Should().Equal(EmbeddedModels.Names);
    }

    [Fact]
    public void Each_list_reads_back_as_the_bytes_of_its_file()
    {
        foreach (var file in Directory.EnumerateFiles(Models, "*.txt", SearchOption.AllDirectories))
        {
            var bytes = EmbeddedModels.ReadAllBytes(NameOf(file));
            bytes.Should().NotBeNull(NameOf(file));
            bytes.Should().Equal(File.ReadAllBytes(file), NameOf(file));
        }
    }

    [Fact]
    public void Lists_read_on_many_threads_at_once_each_get_their_own_bytes()
    {
        var names = EmbeddedModels.Names;
        var expected = names.ToDictionary(n => n, n => File.ReadAllBytes(Path.Combine(Models, n + ".txt")));
        Parallel.For(0, names.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var name = names[i % names.Count];
            EmbeddedModels.ReadAllBytes(name).Should().Equal(expected[name], name);
        });
    }

    [Fact]
    public void A_name_no_file_has_is_not_embedded()
    {
        EmbeddedModels.ReadAllBytes("english/no-such-list").Should().BeNull();
        EmbeddedModels.Contains("english/no-such-list").Should().BeFalse();
        EmbeddedModels.Contains("english/months").Should().BeTrue();
        // A name is a path under models/ without its extension.
        EmbeddedModels.ReadAllBytes("english/months.txt").Should().BeNull();
    }
}
