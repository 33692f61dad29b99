using System.Collections.Frozen;

namespace Knowledge.Ingestion;

/// <summary>
/// Decides how to read an input: by its extension when known, else by its content
/// (JSON when it starts with '{' or '[', JSON Lines when several lines each hold an object,
/// else plain text).
/// </summary>
internal static class InputSniffer
{
    // The extensions read when found in a folder, in the order messages list them.
    private static readonly (string Extension, InputKind Kind)[] Extensions =
    [
        (".txt", InputKind.PlainText),
        (".md", InputKind.Markdown),
        (".markdown", InputKind.Markdown),
        (".json", InputKind.Json),
        (".jsonl", InputKind.JsonLines),
        (".ndjson", InputKind.JsonLines),
    ];

    private static readonly FrozenDictionary<string, InputKind> KindsByExtension =
        Extensions.ToFrozenDictionary(e => e.Extension, e => e.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>The extensions read when found in a folder, for messages (".txt, .md, …").</summary>
    public static string KnownExtensions { get; } = string.Join(", ", Extensions.Select(e => e.Extension));

    /// <summary>Whether files with this path's extension are read when found in a directory.</summary>
    public static bool IsKnown(string path) => KindsByExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>The kind a file's extension names, or null when the extension is not known.</summary>
    public static InputKind? ByExtension(string path) =>
        KindsByExtension.TryGetValue(Path.GetExtension(path), out var kind) ? kind : null;

    /// <summary>The kind for a file: by extension, else by content.</summary>
    public static InputKind For(string path, string text) =>
        KindsByExtension.TryGetValue(Path.GetExtension(path), out var kind) ? kind : Sniff(text);

    /// <summary>The kind judged by content alone.</summary>
    public static InputKind Sniff(string text)
    {
        var t = text.AsSpan().TrimStart();
        if (t.IsEmpty) return InputKind.PlainText;
        if (t[0] == '[') return InputKind.Json;
        if (t[0] != '{') return InputKind.PlainText;
        return LooksLikeJsonLines(text) ? InputKind.JsonLines : InputKind.Json;
    }

    // Two or more non-blank lines, each a whole object on its own line.
    private static bool LooksLikeJsonLines(string text)
    {
        int objects = 0;
        foreach (var (start, end) in TextLines.Ranges(text))
        {
            var line = text.AsSpan(start, end - start).Trim();
            if (line.IsEmpty) continue;
            if (line[0] != '{' || line[^1] != '}') return false;
            if (++objects >= 2) return true;
        }
        return false;
    }
}
