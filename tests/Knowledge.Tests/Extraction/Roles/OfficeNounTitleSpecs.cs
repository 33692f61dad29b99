using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Roles;

/// <summary>
/// Titles headed by an office noun from the WordNet-generated list (models/titles/office-nouns.txt),
/// beyond the hand-kept job titles: the title is a role and the name stays clean.
/// </summary>
public class OfficeNounTitleSpecs
{
    [Theory]
    [InlineData("Council Speaker Tomasz Wierzbicki opened the session on Monday.", "Tomasz Wierzbicki", "Speaker")]
    [InlineData("Premier Aroha Ngata announced the plan on Monday.", "Aroha Ngata", "Premier")]
    [InlineData("Chief Constable Edwin Marlowe said the review would take a year.", "Edwin Marlowe", "Chief Constable")]
    public void An_office_noun_before_a_name_is_a_title_and_not_part_of_the_name(string text, string person, string title)
    {
        var doc = Analyse.Text(text);
        doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Should().Equal(person);
        doc.Roles.Should().Contain(r => r.Person.Name == person && r.Title.EndsWith(title, StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_case_occupation_before_a_name_is_a_role()
    {
        var doc = Analyse.Text("The section will be edited by veteran journalist Odile Fournier, who joins from a trade weekly.");
        doc.Roles.Should().Contain(r => r.Person.Name == "Odile Fournier" && r.Title.Equals("journalist", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_adjective_that_is_also_an_office_noun_does_not_open_a_title()
    {
        // "provincial" is more often an adjective than an office: the list leaves it out.
        var doc = Analyse.Text("Members of the Provincial Building Trades Council of Manitoba welcomed the change.");
        doc.Entities.Should().NotContain(e => e.Type == EntityType.Person);
    }
}

/// <summary>A capitalised common word before a title names its field: the title needs no list entry of its own.</summary>
public class TitleFieldSpecs
{
    [Theory]
    [InlineData("Research Lead Odile Fournier presented the findings.", "Odile Fournier", "Research Lead")]
    [InlineData("Assistant State Prosecutor Maria Delgado filed the motion.", "Maria Delgado", "Assistant State Prosecutor")]
    [InlineData("Maria Delgado, Garden Coordinator at the Harbor Trust, spoke first.", "Maria Delgado", "Garden Coordinator")]
    public void A_common_word_before_a_title_is_its_field(string text, string person, string title)
    {
        var doc = Analyse.Text(text);
        doc.Roles.Should().Contain(r => r.Person.Name == person && r.Title == title);
    }

    [Fact]
    public void An_organisation_head_before_a_title_is_no_field()
    {
        var doc = Analyse.Text("Harbor Trust Director Maria Delgado presented the findings.");
        doc.Roles.Should().ContainSingle().Which.Title.Should().Be("Director");
        doc.Entities.Should().Contain(e => e.Name == "Harbor Trust");
    }

    [Fact]
    public void A_plural_title_with_its_field_introduces_a_list()
    {
        var doc = Analyse.Text("Garden coordinators known by their pseudonyms Marigold, Sapphire, and Juniper, planted the beds.");
        doc.Roles.Select(r => r.Title).Should().AllBe("Garden coordinator").And.HaveCount(3);
    }
}
