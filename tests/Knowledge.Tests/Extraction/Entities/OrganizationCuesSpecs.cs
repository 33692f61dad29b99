using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>Bare names (and acronyms otherwise kept only as weak candidates) made organisations by the words around them: the market, examples after a kind of body, acronyms used as bodies.</summary>
public class OrganizationCuesSpecs
{
    private static List<string> Orgs(string text) => EntityNames.ConfirmedOrganizations(text);

    [Theory]
    [InlineData("Zentrabo stock fell nine percent on Friday.")]
    [InlineData("Analysts expect Zentrabo’s earnings to rise.")]
    [InlineData("Investors sold shares of Zentrabo after the call.")]
    [InlineData("Mara Quell, Zentrabo's CEO, left early.")]
    [InlineData("The new section has Zentrabo as principal sponsor.")]
    [InlineData("The festival signed Zentrabo as media partner this year.")]
    public void A_name_beside_a_market_word_or_a_sponsor_phrase_is_a_company(string text) =>
        Orgs(text).Should().Contain("Zentrabo");

    [Theory]
    [InlineData("Regulators wrote to companies like Zentrabo about the rules.")]
    [InlineData("Children use platforms such as Zentrabo every day.")]
    public void A_name_given_as_an_example_of_a_kind_of_body_is_an_organisation(string text) =>
        Orgs(text).Should().Contain("Zentrabo");

    [Fact]
    public void Examples_in_a_list_are_all_organisations() =>
        Orgs("Children use platforms such as Zentrabo and Quillora every day.").Should().Contain(["Zentrabo", "Quillora"]);

    [Theory]
    [InlineData("Officers from the ZNTB said the raids would continue.")]
    [InlineData("The plan was backed by the ZNTB.")]
    [InlineData("ZNTB joins the campaign for safer schools.")]
    [InlineData("Mara Quell, ZNTB Director, spoke first.")]
    public void An_acronym_used_as_a_body_is_an_organisation(string text) =>
        Orgs(text).Should().Contain("ZNTB");

    [Theory]
    [InlineData("Officers seized the ZNTB files on Monday.")]
    [InlineData("The clinic reported the QVR-19 cases.")]
    [InlineData("Staff found harmful coastal waste (HCW). The HCW was burned.")]
    public void An_acronym_that_modifies_a_noun_or_is_spelled_out_as_a_thing_is_no_organisation(string text) =>
        Orgs(text).Should().BeEmpty();

    [Fact]
    public void An_undefined_acronym_of_a_body_named_in_full_is_that_body() =>
        Orgs("The Harbor Nations Union met on Monday. Citizens across the HNU have backed the plan.")
            .Should().Contain("Harbor Nations Union").And.NotContain("HNU");

    [Theory]
    [InlineData("Zentrabo Capital's Mara Quell asked about the margins.")]
    [InlineData("Zentrabo Capital’s Mara Quell asked about the margins.")]
    public void A_name_with_a_possessive_before_a_person_is_the_employer(string text) =>
        Orgs(text).Should().Contain("Zentrabo Capital");

    [Fact]
    public void A_possessive_before_a_common_noun_makes_no_employer() =>
        Orgs("Zentrabo Quell's wife asked about the margins.").Should().BeEmpty();

    [Fact]
    public void A_capitalised_common_word_beside_a_cue_is_no_organisation() =>
        Orgs("Ultimately shares rose.").Should().BeEmpty();
}

/// <summary>Names listed beside an organisation across parenthesised asides and kinds of body.</summary>
public class OrganizationListSpecs
{
    private static List<string> Orgs(string text) => EntityNames.ConfirmedOrganizations(text);

    [Fact]
    public void A_list_runs_across_asides_and_a_kind_of_body() =>
        Orgs("The regulator wrote to Zentrabo, Quillora (formerly Vestiga, including Parlo), Tenmark (including Sorvi), Plinth, and chat company Omblex to ask for data.")
            .Should().Contain(["Omblex", "Plinth", "Tenmark", "Sorvi", "Quillora", "Vestiga", "Parlo", "Zentrabo"]);

    [Fact]
    public void A_name_in_an_aside_after_a_person_is_no_organisation() =>
        Orgs("The regulator thanked Mara Quell (formerly Vestiga) for the data.").Should().BeEmpty();
}

/// <summary>Runs of common words are no bare organisations unless mid-sentence and single.</summary>
public class OrganizationCommonWordSpecs
{
    private static List<string> Orgs(string text) => EntityNames.ConfirmedOrganizations(text);

    [Fact]
    public void A_single_common_word_mid_sentence_may_be_a_listed_company() =>
        Orgs("The regulator wrote to Zentrabo, Pebble, and chat company Omblex.").Should().Contain("Pebble");

    [Fact]
    public void Several_common_words_beside_an_organisation_are_no_organisation() =>
        Orgs("The fight against Online Harm and Harbor Trust continues.").Should().NotContain("Online Harm");
}
