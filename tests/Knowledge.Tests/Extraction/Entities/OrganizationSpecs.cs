using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

public class OrganizationSpecs
{
    private static List<string> Orgs(string text) => EntityNames.Organizations(text);

    [Fact]
    public void A_month_after_a_connector_ends_the_name() =>
        Orgs("The measure cleared the Harbor Oversight Committee on March 3 after a long debate.")
            .Should().Contain("Harbor Oversight Committee").And.NotContain(n => n.Contains("March"));

    [Fact]
    public void A_weekday_after_a_connector_ends_the_name() =>
        Orgs("The plan was published by the Coastal Fisheries Bureau on Tuesday morning.")
            .Should().Contain("Coastal Fisheries Bureau");

    [Fact]
    public void Coordinated_names_with_their_own_heads_are_two_organisations() =>
        Orgs("The letter went to the Northern Trade Council and the Harbor Workers Union last week.")
            .Should().Contain(["Northern Trade Council", "Harbor Workers Union"]);

    [Fact]
    public void A_shared_head_keeps_a_coordinated_name_whole() =>
        Orgs("She joined the Department of Fisheries and Forestry in 2019.")
            .Should().Contain("Department of Fisheries and Forestry");

    [Fact]
    public void A_title_after_an_organisation_is_not_part_of_it() =>
        Orgs("The findings were welcomed by Data Ethics Lab Director Prof. Amara Velloso yesterday.")
            .Should().Contain("Data Ethics Lab").And.NotContain(n => n.Contains("Director"));

    [Fact]
    public void Titles_before_of_are_not_part_of_the_organisation() =>
        Orgs("“We are ready,” said Tomas Erlandsen, Regional Director and Senior Vice President of the Riverbank Literacy Program.")
            .Should().Contain("Riverbank Literacy Program").And.NotContain(n => n.Contains("Vice President"));

    [Fact]
    public void An_acronym_with_a_place_is_a_branch() =>
        Orgs("The training was run by WXP Kenya with local partners.").Should().Contain("WXP Kenya");

    [Fact]
    public void A_number_after_branch_belongs_to_the_name() =>
        Orgs("The case was heard by the Municipal Trial Court Branch 7 in the town.")
            .Should().Contain("Municipal Trial Court Branch 7");

    [Fact]
    public void A_country_after_in_the_is_not_part_of_the_name() =>
        Orgs("The study was led by the Ocean Data Lab in the Netherlands with partners.")
            .Should().Contain("Ocean Data Lab").And.NotContain(n => n.Contains("Netherlands"));

    [Fact]
    public void A_seat_without_an_article_stays_in_a_court_name() =>
        Orgs("The Regional Trial Court in Riverton City convicted him.").Should().Contain("Regional Trial Court in Riverton City");

    [Fact]
    public void A_nationality_and_government_is_an_organisation() =>
        Orgs("Experts from the Kenyan government attended the meeting.").Should().Contain("Kenyan government");

    [Fact]
    public void A_lone_legislature_mid_sentence_is_an_organisation() =>
        Orgs("The advocates urged Congress to pass the measure quickly.").Should().Contain("Congress");

    [Fact]
    public void An_opener_with_of_names_an_organisation() =>
        Orgs("The motion reached the House of Delegates late on the final day.").Should().Contain("House of Delegates");

    [Fact]
    public void A_name_after_a_kind_of_organisation_noun_is_an_organisation() =>
        Orgs("The payments firm Zentrabo agreed to share its data.").Should().Contain("Zentrabo");

    [Fact]
    public void A_name_after_produced_by_is_an_organisation() =>
        Orgs("The radio series was produced by Quillorn for a wide audience.").Should().Contain("Quillorn");

    [Fact]
    public void A_name_listed_beside_organisations_is_an_organisation() =>
        Orgs("The board includes people from the Harbor Workers Union, Zentrabo, Quillorn and the Northern Trade Council.")
            .Should().Contain(["Zentrabo", "Quillorn"]);

    [Fact]
    public void A_list_after_a_job_title_names_departments_not_organisations() =>
        Orgs("“Thanks,” said Lina Haugland, Director of Outreach, Media and Design, Harbor Workers Union.")
            .Should().NotContain(["Outreach", "Media"]);

    [Fact]
    public void A_run_does_not_cross_a_line_break() =>
        Orgs("Contact:\nMara Quist\nOutreach Team\nNorthern Trade Council\n").Should().Contain("Northern Trade Council")
            .And.NotContain(n => n.Contains("Team Northern"));

    [Fact]
    public void A_heading_in_capitals_is_not_an_organisation() =>
        Analyse.Through<EntityRecognizer>("Intro.\n\nABOUT THE NORTHERN TRADE COUNCIL\n\nThe council works on trade.").Entities
            .Where(e => e.Type == EntityType.Organization && !e.IsWeak).Should().BeEmpty();

    [Fact]
    public void A_parent_body_at_the_start_of_a_unit_name_is_an_organisation_too() =>
        Orgs("Funds came from the Ministry of Health Office for Rural Clinics this year.")
            .Should().Contain(["Ministry of Health Office for Rural Clinics", "Ministry of Health"]);

    [Fact]
    public void A_lone_head_joins_the_place_qualified_name()
    {
        var doc = Analyse.Through<EntityRecognizer>("The Kenya Senate debated the bill. Later the bill went back to Senate for a vote.");
        doc.Entities.Where(e => e.Type == EntityType.Organization && e.Name == "Senate").Should().OnlyContain(e => e.SameAs == "Kenya Senate");
    }

    [Fact]
    public void A_common_word_capitalised_mid_sentence_before_a_head_belongs_to_the_name() =>
        Orgs("They met the Online Harms Commission in May.").Should().Contain("Online Harms Commission");

    [Theory]
    [InlineData("Volunteers from International Justice League opened a clinic.", "International Justice League")]
    [InlineData("Volunteers from Global Justice Mission opened a clinic.", "Global Justice Mission")]
    public void A_title_word_inside_an_organisation_s_name_does_not_make_a_person(string text, string org)
    {
        var doc = Analyse.Through<EntityRecognizer>(text);
        doc.Entities.Should().ContainSingle(e => e.Type == EntityType.Organization).Which.Name.Should().Be(org);
        doc.Entities.Should().NotContain(e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_noun_that_opens_the_sentence_before_of_is_not_part_of_the_name() =>
        Orgs("Members of the Harbor Trust met the minister.").Should().Equal("Harbor Trust");

    [Fact]
    public void An_opener_before_of_stays_in_the_name() =>
        Orgs("Department of Health officials met on Friday.").Should().Equal("Department of Health");
}

public class OrganizationUnitSpecs
{
    private static List<Knowledge.Syntax.EntityMention> Orgs(string text) =>
        Analyse.Through<EntityRecognizer>(text).Entities.Where(e => e.Type == EntityType.Organization).ToList();

    [Fact]
    public void A_unit_after_its_parent_and_a_spaced_dash_is_one_name() =>
        Orgs("Victims can call the Harbor Police Service – Fraud Prevention Unit for help.").Select(e => e.Name)
            .Should().Contain(["Harbor Police Service – Fraud Prevention Unit", "Harbor Police Service"])
            .And.NotContain("Fraud Prevention Unit");

    [Fact]
    public void A_unit_named_after_its_parents_possessive_links_to_the_dashed_name() =>
        Orgs("Victims can call the Harbor Police Service – Fraud Prevention Unit. The Harbor Police Service’s Fraud Prevention Unit replied.")
            .Where(e => e.Name == "Fraud Prevention Unit").Should().OnlyContain(e => e.SameAs == "Harbor Police Service – Fraud Prevention Unit");

    [Fact]
    public void A_field_unit_in_parentheses_belongs_to_the_name() =>
        Orgs("Two officers of the Harbor Police Service - Fraud Prevention Unit (Northern Field Office) made the arrest.").Select(e => e.Name)
            .Should().Contain("Harbor Police Service - Fraud Prevention Unit (Northern Field Office)").And.NotContain("Northern Field Office");

    [Fact]
    public void A_unit_of_its_parent_body_is_two_organisations() =>
        Orgs("She led the Cyber Fraud Division of the Harbor Police Service for years.").Select(e => e.Name)
            .Should().Contain(["Cyber Fraud Division", "Harbor Police Service"]);

    [Fact]
    public void A_bureau_of_a_field_is_one_name() =>
        Orgs("He joined the National Bureau of Fisheries in 2001.").Select(e => e.Name).Should().Contain("National Bureau of Fisheries");

    [Fact]
    public void A_hyphenated_acronym_after_a_possessive_defines_the_unit()
    {
        var orgs = Orgs("Led by the Harbor Police Service’s Fraud Prevention Unit (HPS-FPU), the raid worked. Later FPU’s officers spoke.");
        orgs.Where(e => e.SameAs is "HPS-FPU" or "FPU").Should().HaveCount(2).And.OnlyContain(e => e.Name == "Fraud Prevention Unit");
    }

    [Fact]
    public void A_name_with_a_defined_acronym_links_to_the_spelt_out_name()
    {
        var orgs = Orgs("The Harbor Police Service (HPS) helped. Two officers of the Harbor Police Service - Fraud Prevention Unit (Northern Field Office) led. "
                        + "Two members of the HPS Fraud Prevention Unit-Northern Field Office made the arrest.");
        orgs.Should().Contain(e => e.Name == "HPS Fraud Prevention Unit-Northern Field Office"
                                   && e.SameAs == "Harbor Police Service - Fraud Prevention Unit (Northern Field Office)");
    }

    [Fact]
    public void An_undefined_acronym_of_the_parent_body_that_begins_a_name_is_that_body() =>
        Orgs("The letter went to the Eastern African Union Council. The EAU has not replied.")
            .Should().Contain(e => e.SameAs == "EAU" && e.Name == "Eastern African Union");

    [Fact]
    public void A_bare_head_links_to_the_name_with_a_nationality_before_it() =>
        Orgs("The survivors wrote to the Kenyan Parliament in May. Their letter to Parliament was read aloud.")
            .Where(e => e.Name == "Parliament").Should().OnlyContain(e => e.SameAs == "Kenyan Parliament");

    [Fact]
    public void A_department_list_inside_a_job_title_is_not_an_organisation() =>
        Orgs("“We agree,” said Tomas Berg, Senior Vice President, Victim Support Division & Global Outreach - The Harbor Children Foundation.")
            .Select(e => e.Name).Should().Contain("Harbor Children Foundation").And.NotContain(n => n.Contains("Division"));

    [Fact]
    public void A_team_in_a_contact_title_line_is_not_an_organisation() =>
        Orgs("For more information, contact:\nMara Quist\nDirector, Brand, Media, and Outreach Team\nNorthern Trade Council\n")
            .Select(e => e.Name).Should().Contain("Northern Trade Council").And.NotContain("Outreach Team");

    [Fact]
    public void An_organisation_after_a_title_alone_stays_an_organisation() =>
        Orgs("“We agree,” said Tomas Berg, Executive Director, Harbor Workers Union, on Monday.")
            .Select(e => e.Name).Should().Contain("Harbor Workers Union");
}

public class WorkNameSpecs
{
    private static List<Knowledge.Syntax.EntityMention> Entities(string text) => Analyse.Through<EntityRecognizer>(text).Entities.ToList();

    [Fact]
    public void A_method_name_is_a_work_even_with_an_organisation_head_in_it() =>
        Entities("The survey uses the Network Sampling Method to count hidden groups.")
            .Should().Contain(e => e.Name == "Network Sampling Method" && e.Type == EntityType.Work)
            .And.NotContain(e => e.Type == EntityType.Organization && e.Name.Contains("Method"));

    [Fact]
    public void A_work_head_with_an_edition_year_is_a_work() =>
        Entities("The school ranks 40th in the Global College Rankings 2023 this year.")
            .Should().NotContain(e => e.Type == EntityType.Organization && e.Name.Contains("College"));

    [Fact]
    public void A_name_an_appositive_calls_a_project_is_a_work_everywhere_in_the_text()
    {
        var doc = Analyse.Through<EntityRecognizer>("Partners closed Safe Harbor Network, a three-year project funded by donors. The Safe Harbor Network project ended in May.");
        doc.Entities.Where(e => e.Name == "Safe Harbor Network").Should().NotBeEmpty().And.OnlyContain(e => e.Type == EntityType.Work);
    }

    [Fact]
    public void An_appositive_that_calls_it_a_body_keeps_the_organisation() =>
        Entities("Safe Harbor Network, a coalition of shelters, opened in May.")
            .Should().Contain(e => e.Name == "Safe Harbor Network" && e.Type == EntityType.Organization);
}
