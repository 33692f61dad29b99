using System.Diagnostics;
using System.Globalization;
using Knowledge.Store;
using Spectre.Console;

namespace Knowledge.Cli.Output;

/// <summary>
/// A Spectre progress bar for adding documents to a store: bytes of input read against the inputs' size (so the ETA
/// holds for one large file as for many small ones), documents done and documents per second.
/// </summary>
internal static class StoreProgressBar
{
    /// <summary>
    /// Runs <paramref name="work"/> under a progress bar. The work receives the progress to report after each batch
    /// and a callback for bytes read, and returns its result, which this returns.
    /// </summary>
    public static T Run<T>(IAnsiConsole console, long totalBytes, Func<IProgress<StoreProgress>, Action<long>, T> work)
    {
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("Adding documents", maxValue: Math.Max(totalBytes, 1));
                long bytes = 0;
                var clock = Stopwatch.StartNew();
                var progress = new ImmediateProgress<StoreProgress>(p =>
                {
                    task.Value = Math.Min(Interlocked.Read(ref bytes), task.MaxValue);
                    task.Description = Describe(p.Documents, clock.Elapsed, Interlocked.Read(ref bytes), totalBytes);
                });
                var result = work(progress, n => Interlocked.Add(ref bytes, n));
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>"1,234 documents, 56.7/s, 3.1 of 9.6 MB".</summary>
    internal static string Describe(int documents, TimeSpan elapsed, long bytes, long totalBytes)
    {
        var inv = CultureInfo.InvariantCulture;
        double perSecond = documents / Math.Max(elapsed.TotalSeconds, 1e-3);
        return string.Format(inv, "{0:N0} documents, {1:F1}/s, {2:F1} of {3:F1} MB", documents, perSecond, bytes / 1_000_000.0, totalBytes / 1_000_000.0);
    }

    // Progress<T> posts to the thread pool; the bar must move while the work runs on this thread.
    private sealed class ImmediateProgress<TValue>(Action<TValue> report) : IProgress<TValue>
    {
        public void Report(TValue value) => report(value);
    }
}
