using FluentAssertions;
using Xunit;

namespace Knowledge.Tests.Extraction.Roles;

/// <summary>Titles written before a name and set off by a comma, and courtesy words that are part of an office.</summary>
public class FrontedTitleSpecs
{
    [Theory]
    [InlineData("Harbour Valley Mayor, Rhys Penhallow, said the port would reopen in May.", "Rhys Penhallow", "Harbour Valley Mayor")]
    [InlineData("Digital affairs minister, Ines Marchetti, said the rules were overdue.", "Ines Marchetti", "Digital affairs minister")]
    [InlineData("The figures were sent to the regional commander, Brigadier Tomas Lindqvist, on Friday.", "Tomas Lindqvist", "Regional commander")]
    public void A_title_before_a_comma_and_the_name_is_the_persons_role(string text, string person, string title)
    {
        var doc = Analyse.Text(text);
        doc.Roles.Should().Contain(r => r.Person.Name == person && r.Title.Equals(title, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_list_of_names_is_not_read_as_titles()
    {
        var doc = Analyse.Text("The board thanked Rhys Penhallow, Ines Marchetti and Tomas Lindqvist for their work.");
        doc.Roles.Should().BeEmpty();
    }

    [Theory]
    [InlineData("The inquiry began under former Ruritania State Attorney General Marcus Ellingham in 2009.", "State Attorney General")]
    [InlineData("Regional Attorney Dana Whitcombe announced the charges on Monday.", "Regional Attorney")]
    public void A_courtesy_word_inside_an_office_stays_in_the_title(string text, string title)
    {
        var doc = Analyse.Text(text);
        doc.Roles.Should().ContainSingle().Which.Title.Should().EndWith(title);
    }

    [Fact]
    public void A_courtesy_honorific_alone_is_still_no_role()
    {
        var doc = Analyse.Text("Atty. Dana Whitcombe filed the motion on Monday.");
        doc.Roles.Should().BeEmpty();
    }

    [Fact]
    public void A_lower_case_title_after_an_organisation_in_an_appositive_is_held_there()
    {
        var doc = Analyse.Text("Ana Duarte, the Harbor Trust commissioner for coastal affairs, said the rules were overdue.");
        var role = doc.Roles.Should().ContainSingle().Subject;
        role.Title.Should().BeEquivalentTo("commissioner");
        role.Organization!.Name.Should().Be("Harbor Trust");
    }
}

/// <summary>Titles right before the name: joined titles, a title with its portfolio, an abbreviated title.</summary>
public class TitleBeforeNameSpecs
{
    [Fact]
    public void Two_titles_joined_by_and_before_a_name_are_both_roles()
    {
        var doc = Analyse.Text("The paper said CEO and editor Piers Langford would lead the new section.");
        doc.Roles.Select(r => r.Title).Should().BeEquivalentTo(["CEO", "Editor"]);
        doc.Entities.Should().NotContain(e => e.Name == "CEO");
    }

    [Fact]
    public void A_title_with_a_lower_case_portfolio_before_a_name_is_one_role()
    {
        var doc = Analyse.Text("Minister for coastal affairs Clara Voss welcomed the decision on Monday.");
        doc.Roles.Should().ContainSingle(r => r.Person.Name == "Clara Voss").Which.Title.Should().Be("Minister for coastal affairs");
    }
}
