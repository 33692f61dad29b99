using System.Collections.Immutable;
using Knowledge.Export;

namespace Knowledge.Ingestion;

/// <summary>
/// What <see cref="DocumentLoader"/> leaves out when it searches a folder: files and folders named by path, files
/// and folders whose path matches a <see cref="GlobPattern"/>, and (unless <see cref="SkipOutputFolders"/> is
/// false) what this tool wrote: any folder holding an <see cref="OutputManifest"/> and any file such a manifest lists.
/// </summary>
/// <remarks>
/// A folder given as an input is always searched, but what it holds is filtered; a file given as an input that is
/// excluded is skipped with a warning. Patterns are matched against the path relative to the folder searched
/// (for an input file, the path as given) and against the file or folder name alone; a folder is left out,
/// with everything under it, when a pattern matches its path, its path followed by <c>/</c> (so
/// <c>drafts/**</c> leaves out <c>drafts</c>) or its name.
/// </remarks>
public sealed class InputExclusions
{
    /// <summary>Leaves out only what this tool wrote (output folders and the files their manifests list).</summary>
    public static InputExclusions Default { get; } = new([], []);

    /// <summary>Creates exclusions of the given paths (files or folders; made absolute) and patterns.</summary>
    public InputExclusions(IEnumerable<string> paths, IEnumerable<GlobPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(patterns);
        Paths = paths.Select(FullPath).Distinct(StringComparer.Ordinal).ToImmutableArray();
        Patterns = patterns.ToImmutableArray();
    }

    /// <summary>Files and folders left out, as absolute paths.</summary>
    public ImmutableArray<string> Paths { get; }

    /// <summary>Patterns of paths left out.</summary>
    public ImmutableArray<GlobPattern> Patterns { get; }

    /// <summary>Whether folders holding an <see cref="OutputManifest"/>, and the files it lists, are left out (default true).</summary>
    public bool SkipOutputFolders { get; init; } = true;

    /// <summary>
    /// Whether a folder met while searching is left out: <paramref name="fullPath"/> is absolute,
    /// <paramref name="relativePath"/> relative to the folder searched.
    /// </summary>
    public bool ExcludesFolder(string fullPath, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(relativePath);
        if (Paths.Contains(FullPath(fullPath), StringComparer.Ordinal)) return true;
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(fullPath));
        if (Patterns.Any(p => p.IsMatch(relativePath) || p.IsMatch(relativePath + "/") || p.IsMatch(name))) return true;
        return SkipOutputFolders && OutputManifest.IsOutputFolder(fullPath);
    }

    /// <summary>
    /// Whether a file is left out: <paramref name="fullPath"/> is absolute, <paramref name="relativePath"/> relative
    /// to the folder searched (or as given, for an input file). Output folders' files are recognised by the manifest
    /// of the file's folder or of the folder above it (the Neo4j files are one folder down).
    /// </summary>
    public bool ExcludesFile(string fullPath, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(relativePath);
        return ReasonForFile(fullPath, relativePath) is not null;
    }

    /// <summary>Why one file is left out, in words for a diagnostic; null when it is not (see <see cref="ExcludesFile"/>).</summary>
    internal string? ReasonForFile(string path, string relativePath)
    {
        string full = FullPath(path);
        return Reason(full, relativePath, ToolFiles(Path.GetDirectoryName(full)!));
    }

    /// <summary>
    /// Why a file is left out, in words for a diagnostic; null when it is not. <paramref name="toolFiles"/> are the
    /// files this tool wrote near it (<see cref="ToolFiles"/>), computed once per folder searched.
    /// </summary>
    internal string? Reason(string full, string relativePath, IReadOnlySet<string> toolFiles)
    {
        if (Paths.Contains(full, StringComparer.Ordinal)) return "excluded";
        var pattern = Patterns.FirstOrDefault(p => p.IsMatch(relativePath) || p.IsMatch(Path.GetFileName(full)));
        if (pattern is not null) return $"excluded by the pattern {pattern.Text}";
        if (toolFiles.Contains(full)) return "written by knowledge (listed in its output folder's manifest)";
        return null;
    }

    /// <summary>
    /// The absolute paths of the files the manifests of <paramref name="folder"/> and of the folder above it list,
    /// with the manifests themselves; empty when <see cref="SkipOutputFolders"/> is false.
    /// </summary>
    internal IReadOnlySet<string> ToolFiles(string folder)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        if (!SkipOutputFolders) return files;
        string? dir = FullPath(folder);
        for (int up = 0; up < 2 && dir is not null; up++, dir = Path.GetDirectoryName(dir))
        {
            if (!OutputManifest.IsOutputFolder(dir)) continue;
            files.Add(Path.Combine(dir, OutputManifest.FileName));
            foreach (var file in OutputManifest.Read(dir))
                files.Add(Path.GetFullPath(Path.Combine(dir, file)));
        }
        return files;
    }

    /// <summary>An absolute path without a trailing separator, as <see cref="Paths"/> holds them.</summary>
    internal static string FullPath(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
