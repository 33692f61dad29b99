using System.CommandLine;
using Knowledge.Export;

namespace Knowledge.Cli.Commands;

/// <summary>The --json-indent option of the commands that write exports: whether knowledge.json is indented.</summary>
public static class JsonIndentOption
{
    /// <summary>The values --json-indent accepts, each with the indentation it names.</summary>
    public static IReadOnlyList<(string Name, JsonIndentation Indentation)> Names { get; } =
        [("auto", JsonIndentation.Auto), ("always", JsonIndentation.Always), ("never", JsonIndentation.Never)];

    /// <summary>Creates the option (default auto).</summary>
    public static Option<string> Create() =>
        new Option<string>("--json-indent")
        {
            Description = $"Indent knowledge.json: auto (indented up to {JsonExportOptions.AutoIndentMaxNodes:N0} nodes, compact above, where indentation is a third of the file), always or never.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|always|never",
        }.Accepting("auto", value => Parse(value) is not null,
            value => $"Unknown --json-indent value '{value}'. Use one of: {string.Join(", ", Names.Select(n => n.Name))}.");

    /// <summary>The indentation a value names (case ignored), or null.</summary>
    public static JsonIndentation? Parse(string value)
    {
        var name = value.Trim().ToLowerInvariant();
        foreach (var (n, indentation) in Names)
            if (n == name) return indentation;
        return null;
    }

    /// <summary>The JSON export options for a parsed --json-indent value.</summary>
    public static JsonExportOptions Options(string? value) => new() { Indentation = Parse(value ?? "auto") ?? JsonIndentation.Auto };
}
