using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>An attribution that places a statement at an occasion dates it with the date the document gives that occasion.</summary>
public class OccasionSettingSpecs
{
    // Published on a Friday.
    private static readonly DateOnly Published = new(2024, 3, 8);

    private static QuoteMention Quote(string text, string start) =>
        Analyse.Text(text, published: Published).Quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    private const string Dateline = "HARBORTOWN, 7 March 2024 – The Harbor Trust and the city agreed to clean the bay together.\n\n"
        + "“Clean water is a promise we make to every child in this city,” Maria Delgado said.\n\n";

    [Fact]
    public void A_trailing_adjunct_places_an_indirect_quote_at_the_lead_s_occasion()
    {
        const string body = Dateline + "Tomas Reyes, the trust's director, emphasizes the need for clean beaches, at the ceremonial signing of the pact.";
        Quote(body, "the need for clean beaches").Date.Should().Be("2024-03-07");
    }

    [Fact]
    public void Without_an_occasion_the_other_speaker_keeps_the_published_date()
    {
        const string body = Dateline + "Tomas Reyes, the trust's director, emphasizes the need for clean beaches, at the end of the day.";
        Quote(body, "the need for clean beaches").Date.Should().Be("2024-03-08");
    }

    [Fact]
    public void An_occasion_the_document_dates_gives_its_day()
    {
        const string body = "The Harbor Summit opened on February 20 with delegates from forty ports.\n\n"
            + "Maria Delgado told delegates at the summit that the ports must share their dredging fleets.";
        Quote(body, "the ports must share").Date.Should().Be("2024-02-20");
    }

    [Fact]
    public void An_opening_setting_adverbial_names_the_occasion_too()
    {
        const string body = "The launch of the Clean Rivers Fund took place on February 20 in a port city.\n\n"
            + "Speaking at the launch, Maria Delgado said, “Every river that reaches our harbour must run clean.”";
        Quote(body, "Every river").Date.Should().Be("2024-02-20");
    }

    [Fact]
    public void An_occasion_given_two_days_gives_none()
    {
        const string body = "The Harbor Summit opened on February 20 and a second summit met on February 27.\n\n"
            + "Maria Delgado told delegates at the summit that the ports must share their dredging fleets.";
        Quote(body, "the ports must share").Date.Should().Be("2024-03-08");
    }
}
