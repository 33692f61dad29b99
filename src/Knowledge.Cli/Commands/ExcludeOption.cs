using System.CommandLine;
using Knowledge.Ingestion;

namespace Knowledge.Cli.Commands;

/// <summary>
/// The --exclude option of `extract`: glob patterns (see <see cref="GlobPattern"/>) of files and folders the folder
/// searches leave out. The output folder and every folder the tool wrote are left out without it.
/// </summary>
public static class ExcludeOption
{
    /// <summary>Creates the option; it may be given several times.</summary>
    public static Option<string[]> Create()
    {
        var option = new Option<string[]>("--exclude")
        {
            Description = "Leave out the files and folders matching this pattern when searching folders (* any characters but /, ** any folders, ? one character), matched against the path below the folder given and against the name: \"drafts/**\", \"*.md\". May be given more than once. The output folder, and any folder the tool wrote, are never read.",
            HelpName = "GLOB",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (string.IsNullOrWhiteSpace(token.Value))
                    result.AddError("--exclude needs a pattern, such as \"drafts/**\".");
        });
        return option;
    }

    /// <summary>The load options with the patterns given and <paramref name="outDir"/> (the run's output folder) left out.</summary>
    public static LoadOptions Excluding(LoadOptions load, IEnumerable<string> patterns, string outDir)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(patterns);
        var current = load.Exclusions;
        return load with
        {
            Exclusions = new InputExclusions(current.Paths.Append(outDir), current.Patterns.Concat(patterns.Select(GlobPattern.Parse)))
            {
                SkipOutputFolders = current.SkipOutputFolders,
            },
        };
    }
}
