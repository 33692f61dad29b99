using System.Collections.Immutable;

namespace Knowledge.Ingestion;

/// <summary>
/// YAML front matter at the top of a text or Markdown file, in the flat subset articles use:
/// a <c>---</c> line, <c>key: value</c> lines (values optionally quoted, lists inline as
/// <c>[a, b]</c> or as <c>- item</c> lines under the key), and a closing <c>---</c> line.
/// </summary>
internal sealed class FrontMatter
{
    private readonly Dictionary<string, ImmutableArray<string>> _values;

    private FrontMatter(Dictionary<string, ImmutableArray<string>> values, int bodyStart)
    {
        _values = values;
        BodyStart = bodyStart;
    }

    /// <summary>No front matter: the body is the whole text.</summary>
    public static FrontMatter None { get; } = new(new Dictionary<string, ImmutableArray<string>>(), 0);

    /// <summary>Character offset where the body starts (after the closing line).</summary>
    public int BodyStart { get; }

    /// <summary>Whether the text had front matter.</summary>
    public bool Present => BodyStart > 0;

    /// <summary>The first value of the first of <paramref name="keys"/> that is set (keys compare case-insensitively).</summary>
    public string? Get(params string[] keys)
    {
        foreach (var key in keys)
            if (_values.TryGetValue(key, out var v) && v.Length > 0 && v[0].Length > 0) return v[0];
        return null;
    }

    /// <summary>All values of the first of <paramref name="keys"/> that is set.</summary>
    public ImmutableArray<string> GetList(params string[] keys)
    {
        foreach (var key in keys)
            if (_values.TryGetValue(key, out var v)) return v;
        return ImmutableArray<string>.Empty;
    }

    /// <summary>Reads front matter from the start of <paramref name="text"/>; <see cref="None"/> when there is none.</summary>
    public static FrontMatter Parse(string text, string path, List<Diagnostic> diagnostics)
    {
        var lines = TextLines.Ranges(text).GetEnumerator();
        if (!lines.MoveNext() || !IsFence(text, lines.Current, "---")) return None;

        var values = new Dictionary<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        string? listKey = null;
        int lineNumber = 1;
        var problems = new List<Diagnostic>();
        while (lines.MoveNext())
        {
            lineNumber++;
            var (start, end) = lines.Current;
            if (IsFence(text, lines.Current, "---") || IsFence(text, lines.Current, "..."))
            {
                diagnostics.AddRange(problems);
                return new FrontMatter(values, BodyStartAfter(text, end));
            }
            var line = text[start..end];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;

            if (trimmed.StartsWith("- ", StringComparison.Ordinal) && listKey is not null)
            {
                values[listKey] = values[listKey].Add(Unquote(trimmed[2..]));
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon <= 0)
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "front matter line is not \"key: value\"; ignored") { Line = lineNumber, Column = 1 });
                continue;
            }
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            listKey = value.Length == 0 ? key : null;
            values[key] = value.StartsWith('[') && value.EndsWith(']')
                ? value[1..^1].Split(',').Select(Unquote).Where(v => v.Length > 0).ToImmutableArray()
                : value.Length == 0 ? ImmutableArray<string>.Empty : [Unquote(value)];
        }
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "front matter is not closed by a \"---\" line; read as body text") { Line = 1, Column = 1 });
        return None;
    }

    private static bool IsFence(string text, (int Start, int End) line, string fence) =>
        text.AsSpan(line.Start, line.End - line.Start).TrimEnd().SequenceEqual(fence);

    private static int BodyStartAfter(string text, int lineEnd)
    {
        int i = lineEnd;
        if (i < text.Length && text[i] == '\r') i++;
        if (i < text.Length && text[i] == '\n') i++;
        return i;
    }

    private static string Unquote(string s)
    {
        s = s.Trim();
        if (s.Length >= 2 && (s[0] == '"' && s[^1] == '"' || s[0] == '\'' && s[^1] == '\'')) s = s[1..^1];
        return s.Trim();
    }
}
