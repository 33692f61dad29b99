using Xunit;

namespace Knowledge.Tests.Support;

/// <summary>
/// A fact that needs both a PostgreSQL server (KNOWLEDGE_POSTGRES) and the shared corpus (../shared). Without
/// either it is skipped, naming what is missing — unless KNOWLEDGE_STRICT=1 (set by .ci/run), where it runs and fails.
/// </summary>
public sealed class RequiresPostgresAndSharedFactAttribute : FactAttribute
{
    /// <summary>Skips when the server or the corpus is missing and the run is not strict.</summary>
    public RequiresPostgresAndSharedFactAttribute()
    {
        if (TestPaths.Strict) return;
        if (TestPaths.PostgresConnectionString is null)
            Skip = $"needs a PostgreSQL server named by {TestPaths.PostgresVariable} (eval \"$(.ci/postgres-start.sh)\" starts one; set KNOWLEDGE_STRICT=1 to require it)";
        else if (!TestPaths.HasShared)
            Skip = $"needs the shared corpus at {TestPaths.CorpusDir}, which this clone does not have (set KNOWLEDGE_STRICT=1 to require it)";
    }
}
