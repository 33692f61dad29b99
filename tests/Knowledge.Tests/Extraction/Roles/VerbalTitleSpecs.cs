using FluentAssertions;
using Xunit;

namespace Knowledge.Tests.Extraction.Roles;

/// <summary>Titles given by a verb: an office verb after the name, a passive verb naming the holder.</summary>
public class VerbalTitleSpecs
{
    [Fact]
    public void The_titles_after_served_as_are_the_roles_of_the_person_before_it()
    {
        var doc = Analyse.Text("Acting Mayor Greta Lindholm, who is the first person to have served as both Council President pro Tempore and Harbor Commissioner, signed the order.");
        doc.Roles.Where(r => r.Person.Name == "Greta Lindholm").Select(r => r.Title)
            .Should().Contain(["Council President", "Harbor Commissioner"]);
    }

    [Fact]
    public void Sworn_in_as_gives_the_title_to_its_subject()
    {
        var doc = Analyse.Text("Robert Lindqvist was sworn in as Speaker on Friday.");
        doc.Roles.Should().ContainSingle(r => r.Person.Name == "Robert Lindqvist").Which.Title.Should().Be("Speaker");
    }

    [Fact]
    public void An_office_verb_after_another_persons_name_is_theirs()
    {
        var doc = Analyse.Text("Greta Lindholm thanked Tomasz Wierzbicki, who served as Treasurer until May.");
        doc.Roles.Should().ContainSingle().Which.Person.Name.Should().Be("Tomasz Wierzbicki");
    }

    [Fact]
    public void Chaired_by_makes_the_agent_the_chair_of_the_body_before_it()
    {
        var doc = Analyse.Text("The hearing of the Harbor Safety Council chaired by Councillor Rhys Penhallow heard six witnesses.");
        doc.Roles.Should().Contain(r => r.Person.Name == "Rhys Penhallow" && r.Title == "Chair");
    }

    [Fact]
    public void A_copula_right_after_the_name_gives_its_subject_the_title()
    {
        var doc = Analyse.Text("Ilse Marchetti is a senator for the lake district. Rowan Achterberg was elected mayor in June.");
        doc.Roles.Select(r => (r.Person.Name, r.Title)).Should().BeEquivalentTo([("Ilse Marchetti", "Senator"), ("Rowan Achterberg", "Mayor")]);
    }

    [Fact]
    public void A_copula_after_a_name_that_is_not_its_subject_gives_no_title()
    {
        var doc = Analyse.Text("The nephew of Ilse Marchetti is a pilot. Ilse Marchetti said her nephew is a pilot.");
        doc.Roles.Should().BeEmpty();
    }
}
