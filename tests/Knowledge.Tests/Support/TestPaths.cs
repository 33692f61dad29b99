namespace Knowledge.Tests.Support;

/// <summary>Where the repository and the shared material (../shared beside the clone) are.</summary>
public static class TestPaths
{
    /// <summary>The repository root: the folder holding Knowledge.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder beside the clone (corpus, gold, scorer, schema); KNOWLEDGE_SHARED names another (a git worktree elsewhere).</summary>
    public static string SharedDir => Environment.GetEnvironmentVariable("KNOWLEDGE_SHARED") is { Length: > 0 } shared
        ? Path.GetFullPath(shared)
        : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The shared corpus folder.</summary>
    public static string CorpusDir => Path.Combine(SharedDir, "corpus");

    /// <summary>Whether ../shared/corpus is present.</summary>
    public static bool HasShared => Directory.Exists(CorpusDir);

    /// <summary>Set by .ci/run: environment-dependent tests must run, never skip.</summary>
    public static bool Strict => Environment.GetEnvironmentVariable("KNOWLEDGE_STRICT") == "1";

    /// <summary>The variable naming the PostgreSQL server the store tests use.</summary>
    public const string PostgresVariable = "KNOWLEDGE_POSTGRES";

    /// <summary>The PostgreSQL connection string in KNOWLEDGE_POSTGRES, or null when unset.</summary>
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The samples folder.</summary>
    public static string Samples => Path.Combine(RepoRoot, "samples");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Knowledge.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Knowledge.sln not found above " + AppContext.BaseDirectory);
    }
}
