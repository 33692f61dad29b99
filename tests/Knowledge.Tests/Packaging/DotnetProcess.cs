using System.Diagnostics;
using System.Text;

namespace Knowledge.Tests.Packaging;

/// <summary>
/// Runs <c>dotnet</c> (or an installed tool) as a child of the test: without the MSBuild variables
/// <c>dotnet test</c> sets, and without build servers, which would outlive the command and hold its
/// output open.
/// </summary>
public static class DotnetProcess
{
    /// <summary>The dotnet host running the tests, else the one on PATH.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The outcome of a command: its exit code and both outputs.</summary>
    public sealed record Result(string Command, int ExitCode, string StdOut, string StdErr)
    {
        /// <summary>The command and its output, for an assertion message.</summary>
        public override string ToString() => $"`{Command}` exited {ExitCode}\n--- stdout\n{Tail(StdOut)}\n--- stderr\n{Tail(StdErr)}";

        private static string Tail(string s) => s.Length <= 6000 ? s : "…" + s[^6000..];
    }

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static Result Run(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 600)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        foreach (var key in psi.Environment.Keys.ToList())
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                psi.Environment.Remove(key);
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        psi.Environment["UseSharedCompilation"] = "false";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) psi.Environment[key] = value;

        string command = program + " " + string.Join(' ', psi.ArgumentList);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var p = new Process { StartInfo = psi };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` ran over {timeoutSeconds}s\n{stdout}\n{stderr}");
        }
        p.WaitForExit();
        lock (stdout) lock (stderr) return new Result(command, p.ExitCode, stdout.ToString(), stderr.ToString());
    }
}
