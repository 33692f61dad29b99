using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>A trailing ", at/during … occasion" phrase places an indirect quote; it is not part of what was said.</summary>
public class TrailingSettingSpecs
{
    private static QuoteMention Indirect(string text) =>
        Analyse.Text(text).Quotes.Single(q => q.Kind == QuoteKind.Indirect);

    [Fact]
    public void A_setting_that_ends_the_sentence_is_trimmed()
    {
        Indirect("Maria Delgado emphasizes the need for clean beaches in every port, at the ceremonial signing of the pact.")
            .Text.Should().Be("the need for clean beaches in every port");
    }

    [Fact]
    public void A_setting_followed_by_an_apposition_is_trimmed()
    {
        Indirect("Maria Delgado stressed that every port must share its dredging fleet, during the launch of the Clean Rivers Fund, a plan that pays for new boats.")
            .Text.Should().Be("every port must share its dredging fleet");
    }

    [Fact]
    public void A_setting_the_content_goes_on_after_stays()
    {
        Indirect("Maria Delgado said that the council would vote, at the hearing next week, on the dredging bill for the bay.")
            .Text.Should().Contain("at the hearing next week, on the dredging bill for the bay");
    }

    [Fact]
    public void A_phrase_that_names_no_occasion_stays()
    {
        Indirect("Maria Delgado said that every port must share its dredging fleet, at the end of the season.")
            .Text.Should().Contain("fleet, at the end of the season");
    }
}
