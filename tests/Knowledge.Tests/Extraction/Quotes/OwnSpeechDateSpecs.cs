using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>A quote "in his speech" takes the day an earlier sentence gives for that speaker's speech.</summary>
public class OwnSpeechDateSpecs
{
    // Published on a Friday.
    private static readonly DateOnly Published = new(2024, 3, 8);

    private static QuoteMention Quote(string text, string start) =>
        Analyse.Text(text, published: Published).Quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    private const string Speech = "The coastal forum drew delegates from twelve port cities.\n\n"
        + "Harbor Minister Tomas Reyes opened the forum with a speech on the safety of fishing crews on February 20, 2024.\n\n";

    [Fact]
    public void A_quote_in_his_speech_takes_the_day_of_the_speech_reported_before()
    {
        var q = Quote(Speech + "In his speech, Tomas Reyes noted that: “We will build safer harbours for every fishing family along this coast.”", "We will build");
        q.Speaker!.Name.Should().Be("Tomas Reyes");
        q.Date.Should().Be("2024-02-20");
    }

    [Fact]
    public void Her_remarks_work_the_same_way_for_reported_speech()
    {
        const string body = "Harbor Trust director Maria Delgado gave a keynote address to the forum on February 21, 2024.\n\n"
            + "In her remarks, Maria Delgado said that the trust would pay for two new lifeboats this year.";
        Quote(body, "the trust would pay").Date.Should().Be("2024-02-21");
    }

    [Fact]
    public void Another_persons_speech_does_not_date_the_quote()
    {
        const string body = "Harbor Trust director Maria Delgado gave a keynote address to the forum on February 21, 2024.\n\n"
            + "In his speech, Tomas Reyes said that the ministry would pay for two new lifeboats this year.";
        Quote(body, "the ministry would pay").Date.Should().Be("2024-03-08");
    }

    [Fact]
    public void Without_in_his_speech_the_quote_is_not_tied_to_the_speech()
    {
        var q = Quote(Speech + "Later, Tomas Reyes noted that: “We will build safer harbours for every fishing family along this coast.”", "We will build");
        q.Date.Should().Be("2024-03-08");
    }
}
