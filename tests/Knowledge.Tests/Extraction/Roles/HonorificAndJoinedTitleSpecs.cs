using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Roles;

/// <summary>Styles of address ("His Highness", "Sheikh", "HH") before a name, and two titles joined by "and".</summary>
public class HonorificAndJoinedTitleSpecs
{
    [Theory]
    [InlineData("He read a message from His Highness Sheikh Tariq bin Omar Al Falasi on Monday.", "Tariq bin Omar Al Falasi")]
    [InlineData("Maj. General HH Sheikh Rashid bin Khalid Al Suwaidi cut the ribbon at noon.", "Rashid bin Khalid Al Suwaidi")]
    [InlineData("The award was presented by Her Excellency Amina Diallo on Friday.", "Amina Diallo")]
    public void A_style_of_address_is_no_part_of_the_name_and_no_role(string text, string person)
    {
        var doc = Analyse.Text(text);
        doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Should().Equal(person);
        doc.Roles.Should().NotContain(r => r.Title.Contains("Highness") || r.Title.Contains("Sheikh") || r.Title.Contains("Excellency"));
    }

    [Fact]
    public void A_rank_before_the_style_of_address_is_a_role()
    {
        var doc = Analyse.Text("Maj. General HH Sheikh Rashid bin Khalid Al Suwaidi cut the ribbon at noon.");
        doc.Roles.Should().ContainSingle().Which.Title.Should().Be("Maj. General");
    }

    [Fact]
    public void Two_whole_titles_joined_by_and_in_an_appositive_are_two_roles()
    {
        var doc = Analyse.Text("Rashid Haddad, Deputy Prime Minister and Minister of Transport, cut the ribbon at noon.");
        doc.Roles.Select(r => r.Title).Should().BeEquivalentTo(["Deputy Prime Minister", "Minister of Transport"]);
    }

    [Fact]
    public void A_list_inside_one_title_stays_one_role()
    {
        var doc = Analyse.Text("Ana Reyes, Director for Brand and Outreach, spoke first.");
        doc.Roles.Should().ContainSingle().Which.Title.Should().Be("Director for Brand and Outreach");
    }
}

/// <summary>A full gazetteer holds places named like surnames; after a given name they are surnames.</summary>
public class PlaceNamedSurnameSpecs
{
    [Theory]
    [InlineData("Ana Duarte said the rules were overdue.", "Ana Duarte")]
    [InlineData("Maria Santiago said the rules were overdue.", "Maria Santiago")]
    public void A_place_name_after_a_given_name_is_a_surname(string text, string person)
    {
        var doc = Analyse.Text(text);
        doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Should().Equal(person);
    }
}
