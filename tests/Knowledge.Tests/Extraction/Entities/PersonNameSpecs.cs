using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

public class PersonNameSpecs
{
    private static List<string> Persons(Knowledge.Syntax.Doc doc) =>
        doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Distinct().ToList();

    [Fact]
    public void A_title_inside_a_run_splits_the_organisation_from_the_person()
    {
        var doc = Analyse.Text("“The data tell a clear story,” said Harbor Lab Director Prof. Ines Calloway.");
        Persons(doc).Should().Equal("Ines Calloway");
        doc.Roles.Select(r => (r.Title, r.Person.Name)).Should().Contain(("Director", "Ines Calloway"));
    }

    [Fact]
    public void A_multi_word_title_after_a_place_opens_the_name()
    {
        var doc = Analyse.Text("Reacting to the ruling, Dunmore Senior Assistant City Prosecutor Dario Quelve Velez said the case was strong.");
        Persons(doc).Should().Equal("Dario Quelve Velez");
        doc.Roles.Select(r => r.Title).Should().Contain("Senior Assistant City Prosecutor");
    }

    [Fact]
    public void A_modifier_before_a_title_belongs_to_the_title()
    {
        var doc = Analyse.Text("The appeal was filed by Regional Prosecutor Orrin Talvas on Monday.");
        doc.Roles.Single().Title.Should().Be("Regional Prosecutor");
    }

    [Fact]
    public void Names_with_party_tags_under_a_plural_title_are_persons_with_the_singular_title()
    {
        var doc = Analyse.Text("The measure was filed by Senators Zorvan Kettleby (R-OH) and Desmond Alcott (D-Vt.) last week.");
        Persons(doc).Should().Equal("Zorvan Kettleby", "Desmond Alcott");
        doc.Roles.Select(r => (r.Title, r.Person.Name)).Should().Equal(("Senator", "Zorvan Kettleby"), ("Senator", "Desmond Alcott"));
    }

    [Fact]
    public void A_name_followed_by_a_party_tag_is_a_person()
    {
        var doc = Analyse.Text("The amendment drew support from Quillon Straven (D-Ore.) in committee.");
        Persons(doc).Should().Equal("Quillon Straven");
    }

    [Fact]
    public void A_lower_case_title_before_an_unknown_name_makes_it_a_person_with_that_role()
    {
        var doc = Analyse.Text("“We need shelters now,” said local councillor Yarra Pemberton-Oakes, who wrote the bill.");
        Persons(doc).Should().Equal("Yarra Pemberton-Oakes");
        doc.Roles.Select(r => r.Title).Should().Contain("Local Councillor");
    }

    [Fact]
    public void One_word_names_listed_after_pseudonyms_are_persons_with_the_plural_title()
    {
        var doc = Analyse.Text("Survivor leaders known by their pseudonyms Marigold, Sapphire, and Juniper, shared their advice with the panel.");
        Persons(doc).Should().Equal("Marigold", "Sapphire", "Juniper");
        doc.Roles.Select(r => r.Title).Should().AllBe("Survivor leader").And.HaveCount(3);
    }

    [Fact]
    public void A_star_that_closes_emphasis_is_not_a_pseudonym_mark()
    {
        var doc = Analyse.Text("The findings of the *Atlas of Hope* survey were released on Monday.");
        Persons(doc).Should().BeEmpty();
    }

    [Fact]
    public void A_star_after_a_code_word_is_not_a_pseudonym_mark()
    {
        var doc = Analyse.Text("The new Anti-TRAFFIC* Law gives cities more power.");
        Persons(doc).Should().BeEmpty();
    }

    [Fact]
    public void A_name_suffix_needs_a_full_name_before_it()
    {
        var doc = Analyse.Text("Offices opened in Provinces IV and V this year.");
        Persons(doc).Should().BeEmpty();
    }

    [Fact]
    public void A_line_break_ends_a_name_and_the_next_line_gives_the_title()
    {
        var doc = Analyse.Text("The clinic opened in May.\n\nFor media inquiries, contact:\nRosalind Achebe\nDirector, Outreach, Media, and Partnerships\nHarbor Aid Network\n");
        Persons(doc).Should().Equal("Rosalind Achebe");
        doc.Roles.Single().Title.Should().Be("Director, Outreach, Media, and Partnerships");
    }

    [Fact]
    public void Titles_joined_by_and_before_of_are_not_part_of_the_organisation()
    {
        var doc = Analyse.Text("“We are ready,” said Atty. Lorenzo Dimaculangan, National Director and Regional Vice President of Coastal Relief Foundation.");
        doc.Entities.Where(e => e.Type == EntityType.Organization).Select(e => e.Name).Should().Equal("Coastal Relief Foundation");
        doc.Roles.Select(r => r.Title).Should().Contain(t => t.Contains("Regional Vice President"));
    }
}
