using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>
/// A capitalised run is read by a table of (test, type, rule) rows tried in order; split rows read the
/// parts again and person rows ask the person rules. Each row, with a sentence it decides.
/// </summary>
public class NameReadingSpecs
{
    private static string Describe(NameReading row) => row switch
    {
        EntityReading e => $"{e.Test.Method.Name} -> {e.Type} {e.Rule}",
        SplitReading s => $"{s.Parts.Method.Name} -> split",
        PersonReading p => $"{p.NameStart.Method.Name} -> person",
        _ => row.ToString()!,
    };

    [Fact]
    public void The_rows_are_tried_in_this_order() =>
        new NameClassifier(LexiconSet.Default).Readings.Select(Describe).Should().Equal(
            "CoordinatedLaws -> split",
            "IsLawName -> Law law-name",
            "IsNamedInstrument -> Law law-name",
            "PartsAroundPlace -> split",
            "IsWorkEdition -> Work work-name",
            "OrganizationParts -> split",
            "IsOrganizationForm -> Organization organization-form",
            "IsWorkName -> Work work-name",
            "TitledNameStart -> person",
            "SpeakerAtRunEnd -> person",
            "WithoutLeadingTitles -> split",
            "IsHeadedOrganization -> Organization organization-head",
            "PartsAroundConnector -> split",
            "IsNationalGovernment -> Organization organization-national-government",
            "IsPlace -> Place place",
            "WholeName -> person");

    [Theory]
    [InlineData("Lawmakers amended the Coastal Fisheries Act last week.", "Coastal Fisheries Act", EntityType.Law, EntityRuleIds.LawName)]
    [InlineData("The Marine Data Lab in the Netherlands published figures.", "Marine Data Lab", EntityType.Organization, EntityRuleIds.OrganizationHead)]
    [InlineData("The Marine Data Lab in the Netherlands published figures.", "Netherlands", EntityType.Place, EntityRuleIds.Place)]
    [InlineData("The Harbor Mobility Rankings 2024 placed the city first.", "Harbor Mobility Rankings", EntityType.Work, EntityRuleIds.WorkName)]
    [InlineData("The Fenwick Audit Commission and the Larkspur Port Authority signed a deal.", "Larkspur Port Authority", EntityType.Organization, EntityRuleIds.OrganizationHead)]
    [InlineData("The petition went to the House of Delegates today.", "House of Delegates", EntityType.Organization, EntityRuleIds.OrganizationForm)]
    [InlineData("Analysts read the Harbor Freight Review closely.", "Harbor Freight Review", EntityType.Work, EntityRuleIds.WorkName)]
    [InlineData("“We are ready,” said Tidewater Lab Director Prof. Ysolde Marrant.", "Ysolde Marrant", EntityType.Person, EntityRuleIds.Honorific)]
    [InlineData("The appeal came from Executive Director of the Brindle Relief Foundation yesterday.", "Brindle Relief Foundation", EntityType.Organization, EntityRuleIds.OrganizationHead)]
    [InlineData("Donors backed the Pellham Literacy Foundation again.", "Pellham Literacy Foundation", EntityType.Organization, EntityRuleIds.OrganizationHead)]
    [InlineData("The plan was explained by Maren Oduya of QRT on Tuesday.", "Maren Oduya", EntityType.Person, EntityRuleIds.GivenName)]
    [InlineData("Talks with the Kenyan government stalled.", "Kenyan government", EntityType.Organization, EntityRuleIds.OrganizationNationalGovernment)]
    [InlineData("Prices rose in Queensland this year.", "Queensland", EntityType.Place, EntityRuleIds.Place)]
    [InlineData("Prices rose in Dorvale City this year.", "Dorvale City", EntityType.Place, EntityRuleIds.Place)]
    [InlineData("A search warrant was executed at a home in Pellwick, Queensland, on Tuesday.", "Pellwick", EntityType.Place, EntityRuleIds.Place)]
    [InlineData("The team met in Upper Dorn, South Korea, last year.", "Upper Dorn", EntityType.Place, EntityRuleIds.Place)]
    [InlineData("The grant was won by Ilse Verhoeven last spring.", "Ilse Verhoeven", EntityType.Person, EntityRuleIds.GivenName)]
    public void Each_row_reads_its_kind_of_name(string text, string name, EntityType type, string rule) =>
        Analyse.Text(text).Entities.Should().Contain(e => e.Name == name && e.Type == type && e.Rule == rule);

    [Fact]
    public void A_country_and_its_demonym_before_government_share_one_key()
    {
        var keys = new[] { "Talks with the Kenyan government stalled.", "Talks with the Kenya government stalled." }
            .Select(t => Analyse.Text(t).Entities.Single(e => e.Rule == EntityRuleIds.OrganizationNationalGovernment).Key);
        keys.Distinct().Should().ContainSingle().Which.Should().Be("org-government-keny");
    }

    [Fact]
    public void A_split_row_reads_each_part_again()
    {
        var orgs = Analyse.Text("The Fenwick Audit Commission and the Larkspur Port Authority signed a deal.").Entities
            .Where(e => e.Type == EntityType.Organization).Select(e => e.Name);
        orgs.Should().Equal("Fenwick Audit Commission", "Larkspur Port Authority");
    }

    [Fact]
    public void A_town_before_a_country_is_a_place_but_a_person_or_organisation_is_not()
    {
        var doc = Analyse.Text("The talks were held in Maria Delgado, Queensland, and in Harbor Trust, Queensland.");
        doc.Entities.Where(e => e.Type == EntityType.Place).Select(e => e.Name).Should().NotContain(["Maria Delgado", "Harbor Trust"]);
    }
}
