using System.Text.Json;

namespace Knowledge.Export;

/// <summary>
/// The list of files an export run wrote into its output folder, kept in the folder as <see cref="FileName"/>, so
/// the next run can remove what it no longer writes (a Neo4j CSV of a node type that is gone, a format no longer
/// asked for) and so input discovery can tell an output folder from a folder of texts.
/// </summary>
/// <remarks>
/// The manifest is JSON: <c>{"version":1,"files":["knowledge.json","neo4j/nodes-Person.csv",…]}</c>, paths relative to
/// the folder with <c>/</c> between folders, in ordinal order, without timestamps: the same run writes the same
/// bytes. Only files a manifest lists, inside its folder, are ever removed; anything else in the folder is left alone.
/// </remarks>
public static class OutputManifest
{
    /// <summary>The manifest's file name in the output folder.</summary>
    public const string FileName = ".knowledge-manifest.json";

    private const int Version = 1;

    /// <summary>Whether <paramref name="directory"/> holds a manifest, i.e. is an output folder this tool wrote.</summary>
    public static bool IsOutputFolder(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return File.Exists(Path.Combine(directory, FileName));
    }

    /// <summary>
    /// The files the manifest in <paramref name="directory"/> lists, relative to it with <c>/</c> between folders;
    /// empty when there is no manifest or it cannot be read (so nothing is removed on its account).
    /// </summary>
    public static IReadOnlyList<string> Read(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string path = Path.Combine(directory, FileName);
        try
        {
            if (!File.Exists(path)) return [];
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("files", out var files)
                || files.ValueKind != JsonValueKind.Array)
                return [];
            return files.EnumerateArray()
                .Where(f => f.ValueKind == JsonValueKind.String)
                .Select(f => f.GetString()!)
                .Where(IsSafe)
                .ToList();
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>
    /// Writes the manifest of <paramref name="directory"/> atomically, listing <paramref name="files"/> (full paths or
    /// paths relative to the folder; each must be inside it), relative, with <c>/</c>, deduplicated and ordinal-sorted.
    /// </summary>
    /// <exception cref="ArgumentException">A file is outside <paramref name="directory"/>.</exception>
    public static void Write(string directory, IEnumerable<string> files)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(files);
        string dir = Path.GetFullPath(directory);
        var relative = files.Select(f => Relative(dir, f)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(dir);
        AtomicFile.Write(Path.Combine(dir, FileName), stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteStartArray("files");
            foreach (var file in relative) writer.WriteStringValue(file);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
        });
    }

    /// <summary>
    /// Deletes the files <paramref name="previous"/> lists (relative to <paramref name="directory"/>) that are not in
    /// <paramref name="current"/>, then every folder of theirs inside <paramref name="directory"/> that is left empty.
    /// A listed path that leaves the folder (rooted, or with <c>..</c>) is ignored. Returns the full paths deleted, in order.
    /// </summary>
    public static IReadOnlyList<string> RemoveStale(string directory, IEnumerable<string> previous, IEnumerable<string> current)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        string dir = Path.GetFullPath(directory);
        var keep = current.Select(f => Relative(dir, f)).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var file in previous.Where(IsSafe).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (keep.Contains(file) || file == FileName) continue;
            string full = Path.GetFullPath(Path.Combine(dir, file));
            if (!IsInside(dir, full) || !File.Exists(full)) continue;
            File.Delete(full);
            removed.Add(full);
            RemoveEmptyFolders(dir, Path.GetDirectoryName(full)!);
        }
        return removed;
    }

    // Removes the folder and its parents while they are empty, stopping at the output folder itself.
    private static void RemoveEmptyFolders(string root, string folder)
    {
        while (IsInside(root, folder) && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static string Relative(string dir, string file)
    {
        string full = Path.GetFullPath(Path.Combine(dir, file));
        if (!IsInside(dir, full))
            throw new ArgumentException($"{file} is not inside {dir}", nameof(file));
        return Path.GetRelativePath(dir, full).Replace(Path.DirectorySeparatorChar, '/');
    }

    // Strictly inside: the folder itself is not.
    private static bool IsInside(string dir, string path)
    {
        string prefix = Path.TrimEndingDirectorySeparator(dir) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length;
    }

    // A manifest entry is used only when it is a plain relative path: not rooted, no "..", no empty segment.
    private static bool IsSafe(string file) =>
        file.Length > 0
        && !Path.IsPathRooted(file)
        && !file.Contains('\\')
        && file.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
}
