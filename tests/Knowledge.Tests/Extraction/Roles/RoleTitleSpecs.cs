using FluentAssertions;
using Knowledge.Extraction.Roles;
using Xunit;

namespace Knowledge.Tests.Extraction.Roles;

public class RoleTitleSpecs
{
    private static List<(string Title, string Person)> Roles(string text) =>
        Analyse.Through<RoleRecognizer>(text).Roles.Select(r => (r.Title, r.Person.Name)).ToList();

    [Fact]
    public void A_lower_case_appositive_after_a_pseudonym_star_is_a_role()
    {
        Roles("The law must change. Marigold*, another survivor leader, spoke about her years of abuse.")
            .Should().Equal(("Survivor Leader", "Marigold"));
    }

    [Fact]
    public void An_appositive_after_a_parenthesis_may_give_two_titles_the_second_plural()
    {
        Roles("“Our voices finally count,” remarked Sapphire (a pseudonym), now a youth advocate and one of the peer consultants behind the survey.")
            .Should().Equal(("Youth Advocate", "Sapphire"), ("Peer Consultant", "Sapphire"));
    }

    [Fact]
    public void A_former_title_of_an_organisation_is_a_role()
    {
        Roles("Police Colonel Marisol Tandang, former chief of the Coastal Crimes Division, spoke at the launch.")
            .Should().Contain(("Former Chief", "Marisol Tandang"));
    }

    [Fact]
    public void Post_nominal_letters_between_the_name_and_the_title_are_skipped()
    {
        Roles("Assistant State Prosecutor Velma R. Dacanay, MNSA, handling prosecutor for the case, said the ruling was fair.")
            .Should().Equal(("Assistant State Prosecutor", "Velma R. Dacanay"), ("Handling Prosecutor", "Velma R. Dacanay"));
    }

    [Fact]
    public void A_title_clause_before_the_name_is_a_role()
    {
        Roles("Reacting to the verdict, lead prosecutor for the case, Dunmore City Prosecutor Dario Quelve Velez said justice was done.")
            .Should().Contain(("Lead Prosecutor", "Dario Quelve Velez"));
    }

    [Fact]
    public void A_lower_case_title_before_a_name_with_an_honorific_is_a_role()
    {
        Roles("The college follows the vision of our founder Sir Tobias Whitfield.")
            .Should().Equal(("Founder", "Tobias Whitfield"));
    }

    [Fact]
    public void A_plural_title_before_names_joined_by_and_covers_both()
    {
        Roles("The hall was designed by National Artists Corazon Villaflor and Emilio T. Dantes.")
            .Should().Equal(("National Artist", "Corazon Villaflor"), ("National Artist", "Emilio T. Dantes"));
    }

    [Fact]
    public void Two_lower_case_titles_joined_by_and_are_two_roles()
    {
        Roles("The series was made by Tomas Brekke, podcast host and creative director of a Sydney studio, who spoke on Monday.")
            .Should().Equal(("Podcast Host", "Tomas Brekke"), ("Creative Director", "Tomas Brekke"));
    }

    [Fact]
    public void A_serial_comma_keeps_the_last_item_in_the_title()
    {
        Roles("“The campaign worked,” said Rosalind Achebe, Director of Outreach, Media, and Partnerships, Harbor Aid Network.")
            .Should().Equal(("Director of Outreach, Media, and Partnerships", "Rosalind Achebe"));
    }
}
