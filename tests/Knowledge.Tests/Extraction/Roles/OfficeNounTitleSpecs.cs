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
