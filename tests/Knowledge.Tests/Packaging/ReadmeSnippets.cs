using System.Text.RegularExpressions;
using Knowledge.Tests.Support;

namespace Knowledge.Tests.Packaging;

/// <summary>
/// The code blocks of README.md between <c>&lt;!-- name --&gt;</c> and <c>&lt;!-- /name --&gt;</c>
/// markers, so tests run the README's own lines rather than a copy of them.
/// </summary>
public static class ReadmeSnippets
{
    /// <summary>The README's library example (C#).</summary>
    public const string LibraryExample = "example:library";

    /// <summary>The README's package install line.</summary>
    public const string PackageInstall = "install:package";

    /// <summary>The README's tool install and first-use lines.</summary>
    public const string ToolInstall = "install:tool";

    /// <summary>The code inside the one fenced block between the markers of <paramref name="name"/>.</summary>
    public static string Get(string name) => Get(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")), name);

    /// <summary>The code inside the one fenced block between the markers of <paramref name="name"/> in <paramref name="markdown"/>.</summary>
    public static string Get(string markdown, string name)
    {
        string open = $"<!-- {name} -->", close = $"<!-- /{name} -->";
        int start = markdown.IndexOf(open, StringComparison.Ordinal);
        int end = start < 0 ? -1 : markdown.IndexOf(close, start, StringComparison.Ordinal);
        if (start < 0 || end < 0)
            throw new InvalidOperationException($"README.md has no '{open}' … '{close}' section");
        string section = markdown[(start + open.Length)..end].Replace("\r\n", "\n");
        var blocks = Regex.Matches(section, @"^```[a-z]*\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
        if (blocks.Count != 1)
            throw new InvalidOperationException($"README.md's '{name}' section holds {blocks.Count} code blocks, not one");
        return blocks[0].Groups[1].Value;
    }

    /// <summary>The non-empty lines of a shell block, each split into words (no quoting in these lines).</summary>
    public static IReadOnlyList<string[]> Commands(string name) =>
        Get(name).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
}
