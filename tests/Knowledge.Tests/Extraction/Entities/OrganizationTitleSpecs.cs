using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>Organisations next to job titles: a lone body word before a title, a qualified title before "of", an article kept in a name.</summary>
public class OrganizationTitleSpecs
{
    private static List<string> Orgs(string text) => EntityNames.Organizations(text);

    [Theory]
    [InlineData("Maria Delgado served as Senate President until 2020.")]
    [InlineData("The bill by Assembly Speaker Tomas Erlandsen passed.")]
    [InlineData("Senate Majority Leader Ana Reyes spoke first.")]
    [InlineData("Before 2020 she was Council President pro Tempore and later Assembly Speaker.")]
    public void A_lone_body_word_before_a_title_is_part_of_the_title(string text) =>
        Orgs(text).Should().NotContain(n => n.Contains("President") || n.Contains("Speaker") || n.Contains("Majority"));

    [Fact]
    public void A_head_after_a_title_word_makes_a_body_name() =>
        Orgs("Staff at the International Justice Mission met.").Should().Contain("International Justice Mission");

    [Fact]
    public void A_qualified_title_before_of_is_not_part_of_the_organisation() =>
        Orgs("Ana Cruz, Country Representative of the Harbor Foundation, spoke.")
            .Should().Contain("Harbor Foundation").And.NotContain(n => n.Contains("Representative"));

    [Fact]
    public void A_capitalised_article_mid_sentence_belongs_to_the_name() =>
        Orgs("The grant was given to The Harbor Foundation last year.").Should().Contain("The Harbor Foundation");

    [Fact]
    public void An_article_opening_the_sentence_does_not_belong_to_the_name() =>
        Orgs("The Harbor Foundation met on Monday.").Should().Contain("Harbor Foundation").And.NotContain("The Harbor Foundation");

    [Fact]
    public void A_body_with_a_head_ends_before_and_when_the_next_name_has_none() =>
        Orgs("The group includes the Harbor Foundation and Save the Rivers Kenya.")
            .Should().Contain("Harbor Foundation").And.NotContain(n => n.Contains(" and "));

    [Theory]
    [InlineData("She will work with the Minister of Rural Services and Trade on it.")]
    [InlineData("She will work with the Minister of International Fisheries on it.")]
    public void Words_after_a_title_and_of_that_end_with_no_head_are_a_portfolio(string text) =>
        Orgs(text).Should().BeEmpty();

    [Theory]
    [InlineData("Ana Cruz, Vice President of HRF Program Against Coastal Poverty, spoke.", "HRF Program Against Coastal Poverty")]
    [InlineData("Ana Cruz, Secretary of the Department of Ports, spoke.", "Department of Ports")]
    [InlineData("Ana Cruz, Director of the Harbor Relief Foundation, spoke.", "Harbor Relief Foundation")]
    public void A_body_after_a_title_and_of_is_still_an_organisation(string text, string name) =>
        Orgs(text).Should().Contain(name);
}
