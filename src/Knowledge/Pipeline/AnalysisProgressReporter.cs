using System.Diagnostics;
using Knowledge.Ingestion;

namespace Knowledge.Pipeline;

/// <summary>
/// Counts the documents and characters a run has analysed, from many threads at once, and tells an
/// <see cref="IProgress{T}"/>, at most once per interval. Each document counts in steps (building its text, then
/// each component; a stepped component's own steps split its step): after step k of n, k/n of its characters are
/// counted, so the sum is exact when it is done.
/// Reports are made one at a time under a lock, reading the counters inside it, so they never go back; a thread
/// that finds the lock taken skips its report rather than wait.
/// </summary>
internal sealed class AnalysisProgressReporter
{
    private readonly IProgress<AnalysisProgress> _progress;
    private readonly int _documentsTotal;
    private readonly long _charactersTotal;
    private readonly int _steps;
    private readonly long _intervalTicks;
    private readonly object _gate = new();
    private AnalysisStage _stage = AnalysisStage.Analysing;
    private long _nextReportAt;
    private int _documentsDone;
    private long _charactersDone;

    /// <param name="sources">The run's documents.</param>
    /// <param name="steps">Steps per document (at least 1).</param>
    /// <param name="progress">Who is told.</param>
    /// <param name="interval">The least time between two throttled reports.</param>
    public AnalysisProgressReporter(IReadOnlyList<SourceDocument> sources, int steps, IProgress<AnalysisProgress> progress, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero);
        _progress = progress;
        _documentsTotal = sources.Count;
        foreach (var source in sources) _charactersTotal += Characters(source);
        _steps = steps;
        _intervalTicks = (long)(interval.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>The characters a document counts for: its body, title, description and image caption.</summary>
    public static long Characters(SourceDocument source) =>
        (long)source.Body.Length + (source.Title?.Length ?? 0) + (source.Description?.Length ?? 0) + (source.ImageCaption?.Length ?? 0);

    /// <summary>Starts counting one document.</summary>
    public DocumentProgress Start(SourceDocument source) => new(this, Characters(source));

    /// <summary>Reports now, whatever the interval, with the stage given.</summary>
    public void Report(AnalysisStage stage)
    {
        lock (_gate)
        {
            _stage = stage;
            ReportLocked();
        }
    }

    private void Add(long characters, bool documentDone)
    {
        if (characters > 0) Interlocked.Add(ref _charactersDone, characters);
        if (documentDone) Interlocked.Increment(ref _documentsDone);
        if (Stopwatch.GetTimestamp() < Volatile.Read(ref _nextReportAt) || !Monitor.TryEnter(_gate)) return;
        try
        {
            if (Stopwatch.GetTimestamp() >= _nextReportAt) ReportLocked();
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    private void ReportLocked()
    {
        int documents = Volatile.Read(ref _documentsDone);
        long characters = Interlocked.Read(ref _charactersDone);
        _progress.Report(new AnalysisProgress(_stage, documents, _documentsTotal, characters, _charactersTotal));
        Volatile.Write(ref _nextReportAt, Stopwatch.GetTimestamp() + _intervalTicks);
    }

    /// <summary>One document's steps: each finished step counts its share of the characters, the end counts the rest.</summary>
    internal sealed class DocumentProgress(AnalysisProgressReporter owner, long characters)
    {
        private int _step;
        private long _counted;

        /// <summary>One more step is done.</summary>
        public void StepDone()
        {
            if (_step >= owner._steps) return;
            _step++;
            CountUpTo(characters * _step / owner._steps);
        }

        /// <summary>Within the step under way, <paramref name="done"/> of <paramref name="of"/> parts are done (a stepped component's own steps).</summary>
        public void PartDone(int done, int of)
        {
            if (_step >= owner._steps || of < 1) return;
            long parts = (long)owner._steps * of;
            CountUpTo(characters * (_step * (long)of + Math.Clamp(done, 0, of)) / parts);
        }

        private void CountUpTo(long counted)
        {
            if (counted <= _counted) return;
            long share = counted - _counted;
            _counted = counted;
            owner.Add(share, documentDone: false);
        }

        /// <summary>The document is done (analysed, or its analysis failed): its remaining characters count, and it does.</summary>
        public void Done()
        {
            long rest = characters - _counted;
            _counted = characters;
            owner.Add(rest, documentDone: true);
        }
    }
}
