using System.CommandLine;
using System.CommandLine.Invocation;
using Knowledge.Cli.Commands;

namespace Knowledge.Cli;

/// <summary>The `knowledge` command line.</summary>
public static class KnowledgeCommand
{
    /// <summary>Exit code: everything was read and written.</summary>
    public const int Success = 0;

    /// <summary>Exit code: some input was skipped (an error diagnostic), but the graph was written from the rest.</summary>
    public const int PartialSuccess = 1;

    /// <summary>Exit code: the command line is wrong (unknown option, no inputs, bad value).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code: the output could not be written.</summary>
    public const int OutputError = 3;

    /// <summary>Exit code: a name given to `path` matched no entity, or no path joins the two.</summary>
    public const int NotFound = 4;

    /// <summary>Exit code: the store given with --store could not be opened, read or written.</summary>
    public const int StoreError = 5;

    /// <summary>Exit code: `extract` read no document from its inputs (all missing, excluded, empty or of no supported type), so it wrote nothing.</summary>
    public const int NoInput = 6;

    /// <summary>Parses and runs a command line; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        // Progress and colour only for a person at a terminal: never when the output is captured.
        bool terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        return Run(args, new CliContext(stdin, stdout, stderr, terminal));
    }

    /// <summary>Parses and runs a command line with an explicit context; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = CreateRoot(context);
        var parsed = root.Parse(args);

        // System.CommandLine exits 1 on parse errors; we keep 1 for "some input skipped",
        // so usage errors are reported here and get their own code.
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
                context.Stderr.WriteLine($"knowledge: {error.Message}");
            var command = parsed.CommandResult.Command;
            var name = command is RootCommand ? "knowledge" : $"knowledge {command.Name}";
            context.Stderr.WriteLine($"Run '{name} --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration
        {
            Output = context.Stdout,
            Error = context.Stderr,
            // Bugs should surface as exceptions, not as exit code 1, which means "some input skipped".
            EnableDefaultExceptionHandler = false,
        });
    }

    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("Knowledge: build a knowledge graph of people, roles, organisations, laws, events and quotes from news texts.");
        // The tool is installed as `knowledge`; without this, help would name the host (dotnet, testhost).
        root.HelpName = "knowledge";
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(EnqueueCommand.Create(context));
        root.Subcommands.Add(WorkCommand.Create(context));
        root.Subcommands.Add(QuotesCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(PathCommand.Create(context));
        return root;
    }
}

/// <summary>The streams a command reads and writes, so tests can supply their own.</summary>
/// <param name="Stdin">Standard input, read for the input "-".</param>
/// <param name="Stdout">Where the summary goes.</param>
/// <param name="Stderr">Where diagnostics and errors go.</param>
/// <param name="IsTerminal">Whether <paramref name="Stdout"/> is an interactive terminal (enables colour and progress).</param>
public sealed record CliContext(TextReader Stdin, TextWriter Stdout, TextWriter Stderr, bool IsTerminal = false);
