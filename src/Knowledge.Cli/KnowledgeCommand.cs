using System.CommandLine;

namespace Knowledge.Cli;

/// <summary>The `knowledge` command line.</summary>
public static class KnowledgeCommand
{
    /// <summary>Parses and runs a command line; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Knowledge: build a knowledge graph of people, roles, organisations, laws, events and quotes from news texts.");
        var config = root.Parse(args);
        return config.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
