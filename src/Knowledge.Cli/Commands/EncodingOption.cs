using System.CommandLine;
using Knowledge.Ingestion;

namespace Knowledge.Cli.Commands;

/// <summary>The --encoding option of the commands that read news texts: how the files' bytes become text.</summary>
public static class EncodingOption
{
    /// <summary>The values --encoding accepts, each with the encoding it names.</summary>
    public static IReadOnlyList<(string Name, InputEncoding Encoding)> Names { get; } =
        [("auto", InputEncoding.Auto), ("utf-8", InputEncoding.Utf8), ("windows-1252", InputEncoding.Windows1252), ("latin1", InputEncoding.Latin1)];

    /// <summary>Creates the option (default auto).</summary>
    public static Option<string> Create() =>
        new Option<string>("--encoding")
        {
            Description = "How the input files are encoded: auto (UTF-8, or UTF-16 with its byte order mark; a file that is not UTF-8 and has no NUL bytes is read as Windows-1252, with a warning), utf-8 (anything else is an error), windows-1252 or latin1.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|utf-8|windows-1252|latin1",
        }.Accepting("auto", value => Parse(value) is not null,
            value => $"Unknown --encoding value '{value}'. Use one of: {string.Join(", ", Names.Select(n => n.Name))}.");

    /// <summary>The encoding a value names (case ignored; "utf8", "cp1252" and "iso-8859-1" are accepted too), or null.</summary>
    public static InputEncoding? Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "auto" => InputEncoding.Auto,
        "utf-8" or "utf8" => InputEncoding.Utf8,
        "windows-1252" or "cp1252" => InputEncoding.Windows1252,
        "latin1" or "latin-1" or "iso-8859-1" => InputEncoding.Latin1,
        _ => null,
    };

    /// <summary>The load options for a parsed --encoding value.</summary>
    public static LoadOptions Options(string? value) => new() { Encoding = Parse(value ?? "auto") ?? InputEncoding.Auto };
}
