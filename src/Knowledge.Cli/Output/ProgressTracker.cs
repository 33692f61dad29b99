namespace Knowledge.Cli.Output;

/// <summary>Times a piece of work from its creation and turns each sample of units done into a <see cref="ProgressEstimate"/>.</summary>
/// <param name="clock">The clock (<see cref="TimeProvider.System"/>, or a fake one in tests).</param>
public sealed class ProgressTracker(TimeProvider clock)
{
    private readonly long _start = clock.GetTimestamp();

    /// <summary>A tracker on the system clock, started now.</summary>
    public ProgressTracker() : this(TimeProvider.System) { }

    /// <summary>The estimate for <paramref name="done"/> of <paramref name="total"/> units, now.</summary>
    public ProgressEstimate Estimate(long done, long total) => new(done, total, clock.GetElapsedTime(_start));
}
