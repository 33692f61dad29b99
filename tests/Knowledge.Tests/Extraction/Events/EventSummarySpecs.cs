using FluentAssertions;
using Knowledge.Extraction.Events;
using Xunit;

namespace Knowledge.Tests.Extraction.Events;

/// <summary>An event's summary is its sentence on one line, read from the text in place (issue 18).</summary>
public class EventSummarySpecs
{
    [Theory]
    [InlineData("The council\n  approved\tthe plan.", "The council approved the plan.")]
    [InlineData("  Leading and trailing space  ", "Leading and trailing space")]
    [InlineData("One\u00a0non-breaking\u2003space", "One non-breaking space")]
    [InlineData("", "")]
    public void A_summary_joins_the_words_of_the_sentence_by_single_spaces(string sentence, string summary) =>
        EventExtractor.Summary(sentence.AsSpan()).Should().Be(summary);

    [Fact]
    public void A_long_summary_is_cut_at_a_word_before_200_characters()
    {
        var sentence = string.Join("  ", Enumerable.Repeat("council", 60));
        var summary = EventExtractor.Summary(sentence.AsSpan());
        summary.Should().EndWith("council…").And.HaveLength(24 * 8 - 1 + 1);
        summary.Should().Be(EventExtractor.Summary(sentence));
    }
}
