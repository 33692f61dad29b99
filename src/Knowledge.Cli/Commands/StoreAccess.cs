using System.CommandLine;
using System.Data.Common;
using Knowledge.Store;

namespace Knowledge.Cli.Commands;

/// <summary>
/// The --store option and opening the store it names: a SQLite file path, or a PostgreSQL connection string
/// ("Host=…;Database=…"). A store that cannot be opened is reported by name on standard error, never as a stack trace.
/// </summary>
public static class StoreAccess
{
    /// <summary>The option's name.</summary>
    public const string OptionName = "--store";

    /// <summary>An optional --store option with the given description.</summary>
    public static Option<string> Option(string description) => new(OptionName)
    {
        Description = description + " A file path opens a SQLite store; a connection string with Host= opens PostgreSQL.",
        HelpName = "FILE|CONNECTION",
    };

    /// <summary>
    /// Opens the store at <paramref name="location"/>. When <paramref name="create"/> is false a SQLite file must
    /// already exist (reading an empty store that was never filled is a mistake in the path). <paramref name="pipeline"/>
    /// (null for the default) analyses and resolves, with its curation. On failure the reason,
    /// naming the store, goes to standard error and null is returned.
    /// </summary>
    public static KnowledgeStore? TryOpen(CliContext context, string location, bool create, Knowledge.Pipeline.KnowledgePipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!create && !IsConnectionString(location) && !File.Exists(location) && !Directory.Exists(location))
        {
            context.Stderr.WriteLine($"knowledge: cannot open store {location}: no such file (run `knowledge extract INPUT… --store {location}` to create it)");
            return null;
        }
        try
        {
            return KnowledgeStore.Open(location, pipeline);
        }
        // ArgumentException: a connection string the database client cannot parse ("Host=x;Bogus=1").
        catch (Exception e) when (IsStoreFailure(e) || e is ArgumentException)
        {
            Report(context, e is StoreException s ? s.Location : Redact(location), e);
            return null;
        }
    }

    /// <summary>Whether an exception means the store could not be read or written (as opposed to a bug).</summary>
    public static bool IsStoreFailure(Exception e) =>
        e is StoreException or DbException or IOException or UnauthorizedAccessException;

    /// <summary>Writes "cannot use store LOCATION: reason" to standard error.</summary>
    public static void Report(CliContext context, string location, Exception e)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(e);
        var message = e is StoreException ? e.Message : $"{location}: {e.Message}";
        context.Stderr.WriteLine($"knowledge: cannot use store {message}");
    }

    private static bool IsConnectionString(string location) => location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    // A connection string is shown without its password.
    private static string Redact(string location) => !IsConnectionString(location)
        ? location
        : string.Join(';', location.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
