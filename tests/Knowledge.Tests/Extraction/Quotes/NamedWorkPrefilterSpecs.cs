using FluentAssertions;
using Knowledge.Extraction.Quotes;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>A capitalised subject can name a described work only if the text holds its name before it.</summary>
public class NamedWorkPrefilterSpecs
{
    private const string Text = "The Tidewater survey by the Harbor Office found gaps. Tidewater estimates rose.";

    [Fact]
    public void A_name_written_earlier_is_found() =>
        SourceResolver.OccursStartingBefore(Text, "Tidewater", Text.IndexOf("Tidewater estimates", System.StringComparison.Ordinal)).Should().BeTrue();

    [Fact]
    public void The_subject_itself_does_not_count() =>
        SourceResolver.OccursStartingBefore(Text, "Tidewater", Text.IndexOf("Tidewater", System.StringComparison.Ordinal)).Should().BeFalse();

    [Fact]
    public void An_occurrence_starting_just_before_the_offset_may_run_past_it() =>
        SourceResolver.OccursStartingBefore(Text, "Harbor Office", Text.IndexOf("Harbor", System.StringComparison.Ordinal) + 1).Should().BeTrue();

    [Fact]
    public void A_name_the_text_never_held_before_is_not_found() =>
        SourceResolver.OccursStartingBefore(Text, "Estimates", Text.Length).Should().BeFalse();
}
