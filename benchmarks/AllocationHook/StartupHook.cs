using System.Globalization;

/// <summary>
/// Loaded by the runtime before <c>Main</c> when this assembly's path is in <c>DOTNET_STARTUP_HOOKS</c>: when the
/// process exits it appends the bytes it allocated on every thread over its whole run
/// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, precise) as one line to the file named by
/// <c>KNOWLEDGE_ALLOCATED_FILE</c>, or to standard error when that is not set. The runtime requires the type's
/// name (StartupHook, in no namespace) and the method's signature.
/// </summary>
internal static class StartupHook
{
    /// <summary>Registers the report at exit.</summary>
    public static void Initialize() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Report();

    private static void Report()
    {
        string bytes = GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture);
        string? file = Environment.GetEnvironmentVariable("KNOWLEDGE_ALLOCATED_FILE");
        if (string.IsNullOrEmpty(file)) Console.Error.WriteLine($"allocated bytes: {bytes}");
        else File.AppendAllText(file, bytes + Environment.NewLine);
    }
}
