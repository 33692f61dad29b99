using FluentAssertions;
using FsCheck.Xunit;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Syntax;

/// <summary>
/// A block's source offsets held as runs (issue 18 item 7): every character maps where a per-character array would
/// map it, and the runs are the maximal runs of consecutive offsets that the source map used to compress that array into.
/// </summary>
public sealed class SourceRunsSpecs
{
    private static SourceRuns Build(IEnumerable<int> offsets)
    {
        var builder = new SourceRunsBuilder();
        foreach (int o in offsets) builder.Add(o);
        return builder.ToRuns();
    }

    private static int[] Offsets(SourceRuns runs) => Enumerable.Range(0, runs.Length).Select(i => runs[i]).ToArray();

    private static (int Start, int Length, int Source)[] Runs(SourceRuns runs) =>
        Enumerable.Range(0, runs.Count).Select(r => (runs.StartOf(r), runs.LengthOf(r), runs.SourceOf(r))).ToArray();

    // The runs a per-character map compresses into: a new run wherever an offset does not follow the previous one.
    private static (int Start, int Length, int Source)[] ReferenceRuns(int[] offsets)
    {
        var runs = new List<(int, int, int)>();
        int run = 0;
        for (int i = 1; i <= offsets.Length; i++)
        {
            if (i < offsets.Length && offsets[i] == offsets[i - 1] + 1) continue;
            runs.Add((run, i - run, offsets[run]));
            run = i;
        }
        return [.. runs];
    }

    [Fact]
    public void A_single_run_maps_and_slices_like_any_other()
    {
        var runs = SourceRuns.Contiguous(5, 10);
        Runs(runs).Should().Equal((0, 10, 5));
        Offsets(runs.Slice(2, 6)).Should().Equal(7, 8, 9, 10);
        Runs(runs.Slice(2, 6)).Should().Equal((0, 4, 7));
        runs.Slice(3, 3).Count.Should().Be(0);
        FluentActions.Invoking(() => runs.SourceOf(1)).Should().Throw<IndexOutOfRangeException>();
        // A slice within one run of several is one run.
        Runs(Build([4, 5, 6, 9, 10]).Slice(3, 5)).Should().Equal((0, 2, 9));
    }

    [Fact]
    public void Consecutive_offsets_extend_one_run_and_a_jump_starts_another() =>
        Runs(Build([2, 3, 4, 7, 8, 8, 9, 1])).Should().Equal((0, 3, 2), (3, 2, 7), (5, 2, 8), (7, 1, 1));

    [Fact]
    public void A_range_added_after_its_predecessor_extends_the_last_run()
    {
        var builder = new SourceRunsBuilder();
        builder.AddRange(10, 3);
        builder.Add(13);
        builder.AddRange(14, 2);
        Runs(builder.ToRuns()).Should().Equal((0, 6, 10));
    }

    [Fact]
    public void Truncating_forgets_the_characters_after_the_cut_and_later_characters_join_the_run_left()
    {
        var builder = new SourceRunsBuilder();
        foreach (int o in new[] { 0, 1, 2, 20, 21, 22, 40 }) builder.Add(o);
        builder.Truncate(4);
        builder.Add(21);
        builder.Add(22);
        Offsets(builder.ToRuns()).Should().Equal(0, 1, 2, 20, 21, 22);
        Runs(builder.ToRuns()).Should().Equal((0, 3, 0), (3, 3, 20));
    }

    [Fact]
    public void Contiguous_maps_a_range_of_a_field_as_one_run() =>
        Offsets(SourceRuns.Contiguous(5, 4)).Should().Equal(5, 6, 7, 8);

    [Fact]
    public void An_index_outside_the_characters_is_refused()
    {
        var runs = SourceRuns.Contiguous(5, 4);
        FluentActions.Invoking(() => runs[4]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => runs[-1]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Property(MaxTest = 300)]
    public void Runs_map_every_character_as_the_per_character_array_and_are_its_maximal_runs(byte[] steps)
    {
        // Offsets that mostly climb by one, with jumps back and forth and repeats, as Markdown text maps.
        var offsets = new int[steps.Length];
        for (int i = 0, at = 0; i < steps.Length; i++)
        {
            at = Math.Max(0, at + (steps[i] % 4 == 0 ? steps[i] / 4 - 20 : 1));
            offsets[i] = at;
        }
        var runs = Build(offsets);
        Offsets(runs).Should().Equal(offsets);
        Runs(runs).Should().Equal(ReferenceRuns(offsets));
    }

    [Property(MaxTest = 300)]
    public void A_slice_maps_its_characters_as_the_sliced_array_with_its_maximal_runs(byte[] steps, byte a, byte b)
    {
        var offsets = steps.Select((s, i) => s % 3 == 0 ? s : i).ToArray();
        int start = offsets.Length == 0 ? 0 : a % (offsets.Length + 1), end = start + (offsets.Length - start == 0 ? 0 : b % (offsets.Length - start + 1));
        var slice = Build(offsets).Slice(start, end);
        var expected = offsets[start..end];
        Offsets(slice).Should().Equal(expected);
        Runs(slice).Should().Equal(ReferenceRuns(expected));
    }

    [Property(MaxTest = 300)]
    public void The_builder_slices_as_its_runs_do(byte[] steps, byte a, byte b)
    {
        var offsets = steps.Select((s, i) => s % 3 == 0 ? s : i).ToArray();
        int start = offsets.Length == 0 ? 0 : a % (offsets.Length + 1), end = start + (offsets.Length - start == 0 ? 0 : b % (offsets.Length - start + 1));
        var builder = new SourceRunsBuilder();
        foreach (int o in offsets) builder.Add(o);

        var slice = builder.ToRuns(start, end);

        slice.Length.Should().Be(end - start);
        Offsets(slice).Should().Equal(offsets[start..end]);
        Runs(slice).Should().Equal(Runs(builder.ToRuns().Slice(start, end)));
    }
}
