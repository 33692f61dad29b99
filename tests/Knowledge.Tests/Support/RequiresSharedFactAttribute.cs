using Xunit;

namespace Knowledge.Tests.Support;

/// <summary>
/// A fact that needs ../shared (the corpus, gold and scorer). Without it the test is skipped with
/// that reason — unless KNOWLEDGE_STRICT=1 (set by .ci/run), where it runs and fails loudly.
/// </summary>
public sealed class RequiresSharedFactAttribute : FactAttribute
{
    /// <summary>Skips when ../shared is absent and the run is not strict.</summary>
    public RequiresSharedFactAttribute()
    {
        if (!TestPaths.HasShared && !TestPaths.Strict)
            Skip = $"needs the shared corpus at {TestPaths.CorpusDir}, which this clone does not have (set KNOWLEDGE_STRICT=1 to require it)";
    }
}
