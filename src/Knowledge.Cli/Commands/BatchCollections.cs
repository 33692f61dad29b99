using System.Runtime;

namespace Knowledge.Cli.Commands;

/// <summary>
/// Puts the garbage collector in batch mode (no background collections) for the length of an in-memory extraction,
/// and puts the previous mode back when disposed.
/// </summary>
/// <remarks>
/// An in-memory run keeps every document's analysis until the graph is assembled, so its oldest generation only grows:
/// a background collection marks that heap on a thread of its own, alongside the work, and frees almost nothing.
/// Blocking collections do without that second marking. In the native tool's profile on the 100x corpus the background
/// GC thread's share (4.4% of the samples) went, and the GC's share fell from 15.7% to 13.8%, at the same peak RSS
/// (docs/performance-issue-18.md). A run with a store is left as it is: without background collections its peak RSS
/// rose from 148 to 240 MB.
/// </remarks>
internal readonly struct BatchCollections : IDisposable
{
    private readonly GCLatencyMode previous;

    private BatchCollections(GCLatencyMode previous) => this.previous = previous;

    /// <summary>Switches to batch mode; dispose the result to restore the mode in force before.</summary>
    public static BatchCollections Enter()
    {
        var previous = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        return new BatchCollections(previous);
    }

    /// <inheritdoc />
    public void Dispose() => GCSettings.LatencyMode = previous;
}
