using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>A body posted abroad takes its place into its name; a hyphenated "-led" compound is no name.</summary>
public class OrganizationPostsSpecs
{
    private static List<string> Orgs(string text) =>
        Analyse.Through<EntityRecognizer>(text).Entities.Where(e => e.Type == EntityType.Organization && !e.IsWeak).Select(e => e.Name).ToList();

    [Theory]
    [InlineData("She thanked the Australian Embassy in the Philippines for its support.", "Australian Embassy in the Philippines")]
    [InlineData("Staff of the Harbor Republic Consulate in Kenya met the families.", "Harbor Republic Consulate in Kenya")]
    public void A_posted_body_takes_the_place_after_in(string text, string name) =>
        Orgs(text).Should().Contain(name);

    [Fact]
    public void A_posted_body_keeps_its_name_before_in_and_no_place() =>
        Orgs("Staff of the Harbor Republic Embassy in the capital met the families.").Should().Contain("Harbor Republic Embassy");

    [Fact]
    public void A_led_compound_listed_beside_an_organisation_is_no_organisation() =>
        Orgs("Funding went to the Coastal Police, and the ZNTB-led consortium.").Should().NotContain("ZNTB-led");
}

/// <summary>A chamber's head word names the chamber alone mid-sentence.</summary>
public class StandaloneChamberSpecs
{
    private static List<string> Orgs(string text) =>
        Analyse.Through<EntityRecognizer>(text).Entities.Where(e => e.Type == EntityType.Organization && !e.IsWeak).Select(e => e.Name).ToList();

    [Theory]
    [InlineData("Mara Quell urged the House to pass the Clean Rivers Act.", "House")]
    [InlineData("The Clean Rivers Act now goes to Congress.", "Congress")]
    public void A_chamber_named_alone_mid_sentence_is_an_organisation(string text, string name) =>
        Orgs(text).Should().Contain(name);
}
