namespace Knowledge.Export;

/// <summary>What <see cref="GraphExporter.WriteOwned"/> did to the output folder.</summary>
/// <param name="Written">The full paths written, in <see cref="GraphExporter.Write"/>'s order.</param>
/// <param name="Removed">The full paths of files an earlier run wrote that this run no longer writes, deleted.</param>
public sealed record ExportedFiles(IReadOnlyList<string> Written, IReadOnlyList<string> Removed);
