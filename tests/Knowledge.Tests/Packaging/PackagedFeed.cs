using System.Xml.Linq;
using Knowledge.Tests.Support;

namespace Knowledge.Tests.Packaging;

/// <summary>
/// Packs the library and the tool once, from a copy of the sources outside the repository (so
/// neither its bin/obj nor a running test's files are touched), into a temporary local feed; and
/// provides a folder whose nuget.config takes Knowledge and Knowledge.Cli from that feed only and
/// everything else from this machine's sources, with an empty package cache of its own, so a
/// Knowledge package cached by an earlier run can never stand in for the one just packed.
/// </summary>
public sealed class PackagedFeed : IDisposable
{
    private readonly Lazy<Packed> _packed;

    /// <summary>Creates the fixture; nothing is packed until a test asks.</summary>
    public PackagedFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "knowledge-pack-" + Guid.NewGuid().ToString("N")[..12]);
        _packed = new Lazy<Packed>(Pack);
    }

    /// <summary>The temporary folder holding everything.</summary>
    public string Root { get; }

    /// <summary>The version in Directory.Build.props (VersionPrefix, plus VersionSuffix when set).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The local feed holding the packages.</summary>
    public string Feed => _packed.Value.Feed;

    /// <summary>The package cache the consumer commands use (NUGET_PACKAGES), empty at first.</summary>
    public string PackageCache => _packed.Value.PackageCache;

    /// <summary>A folder outside the repository with the nuget.config, where consumer commands run.</summary>
    public string Consumer => _packed.Value.Consumer;

    /// <summary>Environment for consumer commands: the fresh package cache.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackageCache };

    /// <summary>Copies samples/ into <paramref name="directory"/>, as a user's own texts.</summary>
    public static void CopySamples(string directory) =>
        CopyTree(TestPaths.Samples, Path.Combine(directory, "samples"));

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed record Packed(string Feed, string PackageCache, string Consumer);

    private Packed Pack()
    {
        string source = Path.Combine(Root, "source");
        string feed = Path.Combine(Root, "feed");
        string consumer = Path.Combine(Root, "consumer");
        string cache = Path.Combine(Root, "packages");
        foreach (var dir in new[] { source, feed, consumer, cache }) Directory.CreateDirectory(dir);

        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "global.json", "nuget.config", "NuGet.Config", "README.md", "LICENSE" })
            if (File.Exists(Path.Combine(TestPaths.RepoRoot, file)))
                File.Copy(Path.Combine(TestPaths.RepoRoot, file), Path.Combine(source, file));
        foreach (var dir in new[] { "models", "src" })
            CopyTree(Path.Combine(TestPaths.RepoRoot, dir), Path.Combine(source, dir));

        // The copy has no .git: SourceLink has nothing to link to (a clone with a hosted remote does).
        foreach (var project in new[] { "src/Knowledge/Knowledge.csproj", "src/Knowledge.Cli/Knowledge.Cli.csproj" })
        {
            var pack = DotnetProcess.Run(DotnetProcess.Dotnet,
                ["pack", project, "-c", "Release", "-o", feed, "-warnaserror",
                 "-p:EnableSourceLink=false", "-p:EnableSourceControlManagerQueries=false"],
                source, timeoutSeconds: 900);
            if (pack.ExitCode != 0) throw new InvalidOperationException(pack.ToString());
        }

        File.WriteAllText(Path.Combine(consumer, "nuget.config"), NuGetConfig(feed, MachineSources()));
        return new Packed(feed, cache, consumer);
    }

    /// <summary>The package sources this machine's dotnet uses (enabled ones), from `dotnet nuget list source`.</summary>
    private static List<string> MachineSources()
    {
        var list = DotnetProcess.Run(DotnetProcess.Dotnet, ["nuget", "list", "source", "--format", "short"], TestPaths.RepoRoot, timeoutSeconds: 120);
        if (list.ExitCode != 0) throw new InvalidOperationException(list.ToString());
        var sources = list.StdOut.Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("E ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim())
            .ToList();
        if (sources.Count == 0) throw new InvalidOperationException("no enabled NuGet source on this machine:\n" + list);
        return sources;
    }

    private static string NuGetConfig(string feed, IReadOnlyList<string> machineSources)
    {
        var sources = new XElement("packageSources", new XElement("clear"),
            new XElement("add", new XAttribute("key", "knowledge-test-feed"), new XAttribute("value", feed)));
        var mapping = new XElement("packageSourceMapping",
            new XElement("packageSource", new XAttribute("key", "knowledge-test-feed"),
                new XElement("package", new XAttribute("pattern", "Knowledge")),
                new XElement("package", new XAttribute("pattern", "Knowledge.Cli"))));
        for (int i = 0; i < machineSources.Count; i++)
        {
            string key = $"machine-{i}";
            sources.Add(new XElement("add", new XAttribute("key", key), new XAttribute("value", machineSources[i])));
            mapping.Add(new XElement("packageSource", new XAttribute("key", key), new XElement("package", new XAttribute("pattern", "*"))));
        }
        return new XDocument(new XElement("configuration", sources, mapping)).ToString();
    }

    private static string ReadVersion()
    {
        var props = XDocument.Load(Path.Combine(TestPaths.RepoRoot, "Directory.Build.props"));
        string? Value(string name) => props.Descendants(name).Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);
        string prefix = Value("VersionPrefix") ?? throw new InvalidOperationException("Directory.Build.props sets no VersionPrefix");
        return Value("VersionSuffix") is { } suffix ? $"{prefix}-{suffix}" : prefix;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            string name = Path.GetFileName(dir);
            if (name is "bin" or "obj" or ".vs") continue;
            CopyTree(dir, Path.Combine(to, name));
        }
    }
}
