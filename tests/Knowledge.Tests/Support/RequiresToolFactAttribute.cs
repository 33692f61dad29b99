using System.Diagnostics;
using Xunit;

namespace Knowledge.Tests.Support;

/// <summary>
/// A fact that needs an external program (python3 with a module, xmllint, chromium). Without it
/// the test is skipped with that reason — unless KNOWLEDGE_STRICT=1, where it runs and fails.
/// </summary>
public sealed class RequiresToolFactAttribute : FactAttribute
{
    /// <summary>Skips unless <paramref name="program"/> runs with <paramref name="probeArguments"/> and exits 0.</summary>
    public RequiresToolFactAttribute(string program, string probeArguments)
    {
        if (!TestPaths.Strict && !Tools.Runs(program, probeArguments))
            Skip = $"needs `{program} {probeArguments}` to succeed; it does not on this machine (set KNOWLEDGE_STRICT=1 to require it)";
    }
}

/// <summary>Runs external programs for tests.</summary>
public static class Tools
{
    /// <summary>Whether a program runs and exits 0.</summary>
    public static bool Runs(string program, string arguments)
    {
        try
        {
            var (code, _, _) = Run(program, arguments, timeoutSeconds: 60);
            return code == 0;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Runs a program and returns its exit code and output.</summary>
    public static (int ExitCode, string StdOut, string StdErr) Run(string program, string arguments, string? workingDirectory = null, int timeoutSeconds = 300)
    {
        var psi = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? TestPaths.RepoRoot,
        };
        // The reference scorer matches predictions in Python set order; a fixed hash seed makes its figures repeatable.
        psi.Environment["PYTHONHASHSEED"] = "0";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {arguments} ran over {timeoutSeconds}s");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
