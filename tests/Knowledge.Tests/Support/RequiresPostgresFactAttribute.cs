using Xunit;

namespace Knowledge.Tests.Support;

/// <summary>
/// A fact that needs a PostgreSQL server, named by the connection string in KNOWLEDGE_POSTGRES
/// (.ci/postgres-start.sh starts a throwaway cluster and prints it). Without it the test is skipped
/// with that reason — unless KNOWLEDGE_STRICT=1 (set by .ci/run), where it runs and fails loudly.
/// </summary>
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    /// <summary>Skips when KNOWLEDGE_POSTGRES is unset and the run is not strict.</summary>
    public RequiresPostgresFactAttribute()
    {
        if (TestPaths.PostgresConnectionString is null && !TestPaths.Strict)
            Skip = $"needs a PostgreSQL server named by {TestPaths.PostgresVariable} (eval \"$(.ci/postgres-start.sh)\" starts one; set KNOWLEDGE_STRICT=1 to require it)";
    }
}
