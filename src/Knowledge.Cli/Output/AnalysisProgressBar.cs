using System.Globalization;
using Knowledge.Pipeline;
using Spectre.Console;

namespace Knowledge.Cli.Output;

/// <summary>
/// A Spectre progress bar for an in-memory pipeline run: documents and megabytes of text analysed (characters, about a
/// byte each, so a single large document moves as many small ones do) with the time left, then the resolution.
/// </summary>
public static class AnalysisProgressBar
{
    // How often the time left is worked out afresh between reports.
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Runs <paramref name="work"/> under a progress bar. The work receives the progress to hand to
    /// <see cref="PipelineRunOptions.Progress"/>, and returns its result, which this returns.
    /// </summary>
    public static T Run<T>(IAnsiConsole console, Func<IProgress<AnalysisProgress>, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("Analysing", maxValue: 1);
                var tracker = new ProgressTracker();
                var gate = new object();
                AnalysisProgress? last = null;
                bool finished = false;
                void Show()
                {
                    lock (gate)
                    {
                        if (finished || last is not AnalysisProgress p) return;
                        task.MaxValue = Math.Max(p.CharactersTotal, 1);
                        task.Value = Math.Min(p.CharactersDone, task.MaxValue);
                        task.Description = Describe(p, tracker.Estimate(p.CharactersDone, p.CharactersTotal));
                    }
                }
                var progress = new ImmediateProgress<AnalysisProgress>(p =>
                {
                    lock (gate) last = p;
                    Show();
                });
                // A long step reports nothing for a while; the time left must still grow meanwhile.
                using (new Timer(_ => Show(), null, Refresh, Refresh))
                {
                    var result = work(progress);
                    lock (gate)
                    {
                        finished = true;
                        task.Value = task.MaxValue;
                        if (last is AnalysisProgress p) task.Description = Done(p);
                    }
                    return result;
                }
            });
    }

    /// <summary>
    /// "Analysing  12/1,600 documents  3.1/10.0 MB  ETA 0:42" while documents are analysed (ETA -:-- until there is a
    /// rate to go by); "Resolving entities of 1,600 documents…" after.
    /// </summary>
    public static string Describe(AnalysisProgress progress, ProgressEstimate estimate)
    {
        var inv = CultureInfo.InvariantCulture;
        if (progress.Stage == AnalysisStage.Resolving)
            return string.Format(inv, "Resolving entities of {0:N0} {1}…", progress.DocumentsTotal, Documents(progress.DocumentsTotal));
        return string.Format(inv, "Analysing  {0:N0}/{1:N0} {2}  {3:F1}/{4:F1} MB  ETA {5}",
            progress.DocumentsDone, progress.DocumentsTotal, Documents(progress.DocumentsTotal),
            progress.CharactersDone / 1_000_000.0, progress.CharactersTotal / 1_000_000.0, FormatRemaining(estimate.EstimatedRemaining));
    }

    /// <summary>"Analysed  1,600 documents  10.0 MB", left on the finished bar.</summary>
    public static string Done(AnalysisProgress progress) =>
        string.Format(CultureInfo.InvariantCulture, "Analysed  {0:N0} {1}  {2:F1} MB",
            progress.DocumentsDone, Documents(progress.DocumentsDone), progress.CharactersDone / 1_000_000.0);

    private static string Documents(int count) => count == 1 ? "document" : "documents";

    /// <summary>"0:42", "12:05", "1:02:03"; "-:--" when unknown.</summary>
    public static string FormatRemaining(TimeSpan? remaining)
    {
        if (remaining is not TimeSpan left) return "-:--";
        long seconds = (long)Math.Ceiling(left.TotalSeconds);
        long hours = seconds / 3600, minutes = seconds / 60 % 60, rest = seconds % 60;
        return hours > 0
            ? string.Format(CultureInfo.InvariantCulture, "{0}:{1:00}:{2:00}", hours, minutes, rest)
            : string.Format(CultureInfo.InvariantCulture, "{0}:{1:00}", minutes, rest);
    }

    // Progress<T> posts to the thread pool; the bar must move while the work runs on this thread.
    private sealed class ImmediateProgress<TValue>(Action<TValue> report) : IProgress<TValue>
    {
        public void Report(TValue value) => report(value);
    }
}
