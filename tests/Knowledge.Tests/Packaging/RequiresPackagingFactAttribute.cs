using Xunit;

namespace Knowledge.Tests.Packaging;

/// <summary>
/// A fact that packs the library and the tool and uses them from outside the repository: minutes
/// of dotnet pack, restore and build. It runs when KNOWLEDGE_PACKAGE_TESTS=1 (set by .ci/run) and is
/// skipped with that reason otherwise.
/// </summary>
public sealed class RequiresPackagingFactAttribute : FactAttribute
{
    /// <summary>The variable that turns the packaging tests on.</summary>
    public const string Variable = "KNOWLEDGE_PACKAGE_TESTS";

    /// <summary>Whether the packaging tests run.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Skips unless <see cref="Variable"/> is 1.</summary>
    public RequiresPackagingFactAttribute()
    {
        if (!Enabled)
            Skip = $"packs the NuGet packages and builds a project outside the repository (minutes); set {Variable}=1 to run it (.ci/run does)";
    }
}
