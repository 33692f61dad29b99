using System.Text;
using System.Text.RegularExpressions;

namespace Knowledge.Ingestion;

/// <summary>
/// A file name pattern as <c>--exclude</c> takes it: <c>*</c> matches any characters but <c>/</c>, <c>**</c> any
/// characters including <c>/</c> (<c>**/</c> also matches no folder at all), <c>?</c> one character but <c>/</c>;
/// anything else matches itself, case-sensitively (ordinal). Paths are compared with <c>/</c> between folders,
/// whatever the platform's separator.
/// </summary>
/// <remarks>
/// <see cref="InputExclusions"/> matches a pattern against a file's path relative to the folder searched and
/// against its file name alone, so <c>drafts/**</c> leaves out the folder <c>drafts</c> at the top of the search,
/// <c>**/drafts/**</c> every folder called drafts, and <c>*.md</c> every Markdown file at any depth.
/// </remarks>
public sealed class GlobPattern
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly Regex _regex;

    private GlobPattern(string text, Regex regex)
    {
        Text = text;
        _regex = regex;
    }

    /// <summary>The pattern as given.</summary>
    public string Text { get; }

    /// <summary>Parses a pattern; a leading <c>./</c> is dropped and <c>\</c> is read as <c>/</c>.</summary>
    /// <exception cref="ArgumentException">The pattern is empty.</exception>
    public static GlobPattern Parse(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var normal = Normalize(pattern);
        while (normal.StartsWith("./", StringComparison.Ordinal)) normal = normal[2..];
        return new GlobPattern(pattern, new Regex(ToRegex(normal), RegexOptions.CultureInvariant, MatchTimeout));
    }

    /// <summary>Whether the whole of <paramref name="path"/> (with <c>/</c> or the platform's separator between folders) matches.</summary>
    public bool IsMatch(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _regex.IsMatch(Normalize(path));
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool atSegmentStart = i == 0 || glob[i - 1] == '/';
                i++;
                if (atSegmentStart && i + 1 < glob.Length && glob[i + 1] == '/')
                {
                    regex.Append("(?:.*/)?"); // "**/": any folders, or none
                    i++;
                }
                else
                {
                    regex.Append(".*");
                }
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return regex.Append('$').ToString();
    }
}
