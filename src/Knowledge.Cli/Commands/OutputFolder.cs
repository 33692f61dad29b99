using Knowledge.Export;
using Knowledge.Graph;

namespace Knowledge.Cli.Commands;

/// <summary>
/// The --out folder of the commands that write exports (extract, export): checked before anything is read, and
/// written through <see cref="GraphExporter.WriteOwned"/>, so each run owns its files: what an earlier run wrote
/// and this one does not is removed, and nothing else in the folder is touched.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Whether --out can name a folder; when it names an existing file, says so and returns false (a usage error).</summary>
    public static bool Check(CliContext context, string outDir)
    {
        if (!File.Exists(outDir)) return true;
        context.Stderr.WriteLine($"knowledge: --out {outDir} is a file; --out names the folder the exports are written to.");
        return false;
    }

    /// <summary>Writes the exports; null, after reporting why, when the folder cannot be written.</summary>
    public static ExportedFiles? TryWrite(CliContext context, KnowledgeGraph graph, string outDir, ExportFormats formats, bool yed, JsonExportOptions json)
    {
        var folder = Path.GetFullPath(outDir);
        try
        {
            return GraphExporter.WriteOwned(graph, folder, formats, new GraphMlOptions { Yed = yed }, json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Stderr.WriteLine($"knowledge: cannot write to {folder}: {e.Message}");
            return null;
        }
    }

    /// <summary>Says that no document was read from the inputs, so nothing was written.</summary>
    public static void ReportNoInput(CliContext context, IReadOnlyList<string> inputs)
    {
        var named = inputs.Select(i => i == Knowledge.Ingestion.DocumentLoader.StandardInputName ? "standard input" : i);
        context.Stderr.WriteLine($"knowledge: no document was read from {string.Join(", ", named)}; nothing written");
    }
}
