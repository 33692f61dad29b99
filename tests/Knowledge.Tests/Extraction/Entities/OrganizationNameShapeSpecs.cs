using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>How an organisation's name is shaped: possessives inside it, acronyms defined from its letters.</summary>
public class OrganizationNameShapeSpecs
{
    private static List<string> Orgs(string text) => EntityNames.Organizations(text);

    [Theory]
    [InlineData("The grant went to the Coastal Children’s Relief Fund last year.", "Coastal Children’s Relief Fund")]
    [InlineData("The grant went to the Coastal Children's Relief Fund last year.", "Coastal Children's Relief Fund")]
    [InlineData("Volunteers from the Harbor Seamen’s Aid Society came too.", "Harbor Seamen’s Aid Society")]
    public void A_possessive_of_an_owner_that_is_no_body_stays_inside_the_name(string text, string name) =>
        Orgs(text).Should().Contain(name);

    [Fact]
    public void A_possessive_after_a_body_ends_its_name() =>
        Orgs("The Harbor Trust’s Global Coalition met in May.")
            .Should().Contain(["Harbor Trust", "Global Coalition"]).And.NotContain(n => n.Contains("’s"));

    [Fact]
    public void A_possessive_after_an_of_name_ends_it() =>
        Orgs("Officials of the Bureau of Fisheries’s Port Office attended.")
            .Should().NotContain(n => n.Contains("’s"));

    [Fact]
    public void A_possessive_before_a_person_ends_the_name() =>
        Orgs("Coastal Children’s Maria Delgado spoke first.").Should().NotContain(n => n.Contains("Maria"));

    [Fact]
    public void An_acronym_may_take_letters_from_inside_the_words_of_its_name()
    {
        var found = Analyse.Through<EntityRecognizer>("The Harbor Nations Seafarers Fund (HANSEF) opened an office. HANSEF staff said so.").Entities
            .Where(e => e.Type == EntityType.Organization).ToList();
        found.Should().Contain(e => e.SameAs == "HANSEF" && e.Name == "Harbor Nations Seafarers Fund");
        found.Should().NotContain(e => e.Name == "HANSEF");
    }

    [Theory]
    [InlineData("HANSEF", "Harbor Nations Seafarers Fund", true)]
    [InlineData("HNSF", "Harbor Nations Seafarers Fund", true)]
    [InlineData("XNSF", "Harbor Nations Seafarers Fund", false)]
    [InlineData("HANSEX", "Harbor Nations Seafarers Fund", false)]
    [InlineData("HN", "Harbor Nations", false)]
    public void The_loose_letter_reading_starts_at_the_first_word_and_ends_in_the_last(string acronym, string name, bool fits) =>
        AcronymLinker.LettersInWordsFit(acronym, name).Should().Be(fits);

    [Theory]
    [InlineData("Delgado spoke during the Harbor Council Committee on Fisheries, Ports, Coastal Trade and Marine Safety’s hearing.", "Harbor Council Committee on Fisheries, Ports, Coastal Trade and Marine Safety")]
    [InlineData("The chair of the Committee on Rural Schools, Arts and Culture agreed.", "Committee on Rural Schools, Arts and Culture")]
    [InlineData("The chair of the Committee on Rural Schools, Arts, and Culture agreed.", "Committee on Rural Schools, Arts, and Culture")]
    [InlineData("She led the Department of Ports, Fisheries and Marine Trade until 2020.", "Department of Ports, Fisheries and Marine Trade")]
    public void A_body_named_for_a_list_of_fields_keeps_the_whole_list(string text, string name) =>
        Orgs(text).Should().Contain(name);

    [Fact]
    public void A_list_of_bodies_after_a_body_is_not_a_list_of_fields() =>
        Orgs("The Department of Health, Harbor Trust and Coastal Alliance met.")
            .Should().Contain("Department of Health").And.NotContain(n => n.StartsWith("Department of Health,", StringComparison.Ordinal));

    [Fact]
    public void A_list_of_people_after_a_body_is_not_a_list_of_fields() =>
        Orgs("The Committee on Ports, Maria Delgado and Tomas Erlandsen met.").Should().NotContain(n => n.Contains("Maria"));

    [Fact]
    public void A_comma_without_a_closing_and_ends_the_name() =>
        Orgs("The Committee on Ports, Fisheries, Marine Trade met.").Should().NotContain(n => n.Contains(','));

    [Theory]
    [InlineData("We will work with the Government of Kenya on this.", "Government of Kenya")]
    [InlineData("The grant expands what the City of Riverton may fund.", "City of Riverton")]
    [InlineData("Officials from the Province of Northmark attended.", "Province of Northmark")]
    public void A_government_or_city_of_a_place_is_an_organisation(string text, string name) =>
        Orgs(text).Should().Contain(name);

    [Fact]
    public void A_government_word_without_of_is_no_opener() =>
        Orgs("The talks with Government officials ended.").Should().BeEmpty();
}
