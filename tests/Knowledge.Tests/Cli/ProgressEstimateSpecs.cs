using FluentAssertions;
using Knowledge.Cli.Output;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>The time left shown under the progress bar: the rest at the average rate so far.</summary>
public class ProgressEstimateSpecs
{
    [Fact]
    public void The_time_left_is_the_rest_at_the_rate_so_far()
    {
        var clock = new FakeClock();
        var tracker = new ProgressTracker(clock);
        clock.Advance(TimeSpan.FromSeconds(10));

        var estimate = tracker.Estimate(2_500_000, 10_000_000);

        estimate.Elapsed.Should().Be(TimeSpan.FromSeconds(10));
        estimate.Rate.Should().BeApproximately(250_000, 1e-6);
        estimate.EstimatedRemaining.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void The_time_left_follows_the_clock_between_samples()
    {
        var clock = new FakeClock();
        var tracker = new ProgressTracker(clock);
        clock.Advance(TimeSpan.FromSeconds(5));
        tracker.Estimate(500, 1_000).EstimatedRemaining.Should().Be(TimeSpan.FromSeconds(5));

        clock.Advance(TimeSpan.FromSeconds(15));

        tracker.Estimate(500, 1_000).EstimatedRemaining.Should().Be(TimeSpan.FromSeconds(20), "no progress in 15 s halves the rate");
    }

    [Fact]
    public void There_is_no_time_left_to_tell_before_anything_is_done_and_none_when_all_is()
    {
        new ProgressEstimate(0, 100, TimeSpan.FromSeconds(3)).EstimatedRemaining.Should().BeNull();
        new ProgressEstimate(10, 100, TimeSpan.Zero).EstimatedRemaining.Should().BeNull();
        new ProgressEstimate(10, 100, TimeSpan.Zero).Rate.Should().Be(0);
        new ProgressEstimate(100, 100, TimeSpan.FromSeconds(3)).EstimatedRemaining.Should().Be(TimeSpan.Zero);
        new ProgressEstimate(0, 0, TimeSpan.Zero).EstimatedRemaining.Should().Be(TimeSpan.Zero);
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class FakeClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
