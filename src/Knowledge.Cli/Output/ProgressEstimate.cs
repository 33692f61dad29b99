namespace Knowledge.Cli.Output;

/// <summary>
/// Rate and time left of a piece of work measured in units (characters, bytes), from how much is done of how much
/// and the time it has taken so far, assuming the rest goes at the average rate so far.
/// </summary>
/// <param name="Done">Units done.</param>
/// <param name="Total">Units in all.</param>
/// <param name="Elapsed">Time taken so far.</param>
public readonly record struct ProgressEstimate(long Done, long Total, TimeSpan Elapsed)
{
    /// <summary>Units per second so far; 0 before any time has passed.</summary>
    public double Rate => Elapsed > TimeSpan.Zero ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>
    /// The time left at <see cref="Rate"/>: zero once everything is done, null while nothing is done yet or no time has
    /// passed (no rate to go by).
    /// </summary>
    public TimeSpan? EstimatedRemaining
    {
        get
        {
            if (Done >= Total) return TimeSpan.Zero;
            if (Done <= 0 || Elapsed <= TimeSpan.Zero) return null;
            return TimeSpan.FromTicks((long)(Elapsed.Ticks * ((double)(Total - Done) / Done)));
        }
    }
}
