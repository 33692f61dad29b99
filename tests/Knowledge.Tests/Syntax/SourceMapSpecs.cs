using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Syntax;

/// <summary>Ranges of a document's text located in its source: within one run, across runs of one field, or not at all.</summary>
public sealed class SourceMapSpecs
{
    // Text 0-4 is body 10-14 (line 1, column 3), text 5-9 body 30-34 (line 2, column 1), 10-11 a separator, 12-14 the title 0-2.
    private static readonly SourceMap Map = new([
        0, 5, (int)SourceField.Body, 10, 1, 3,
        5, 5, (int)SourceField.Body, 30, 2, 1,
        12, 3, (int)SourceField.Title, 0, 0, 0]);

    [Fact]
    public void A_range_inside_one_run_is_offset_from_that_run()
    {
        Map.Locate(1, 4).Should().Be(new SourceSpan(SourceField.Body, 11, 14) { Line = 1, Column = 4 });
        Map.Locate(5, 10).Should().Be(new SourceSpan(SourceField.Body, 30, 35) { Line = 2, Column = 1 });
    }

    [Fact]
    public void A_range_across_two_runs_of_one_field_starts_in_the_first_and_ends_in_the_second()
    {
        Map.Locate(3, 7).Should().Be(new SourceSpan(SourceField.Body, 13, 32) { Line = 1, Column = 6 });
    }

    [Fact]
    public void A_range_ending_in_a_separator_or_in_another_field_or_empty_has_no_source()
    {
        Map.Locate(8, 11).Should().BeNull();
        Map.Locate(8, 13).Should().BeNull();
        Map.Locate(3, 3).Should().BeNull();
    }
}
