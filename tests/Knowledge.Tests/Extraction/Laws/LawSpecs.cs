using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Laws;

public class LawSpecs
{
    private static List<EntityMentionView> Laws(string text) =>
        Analyse.Through<EntityRecognizer>(text).Entities.Where(e => e.Type == EntityType.Law).Select(e => new EntityMentionView(e.Name, e.Key, e.SameAs, e.Rule)).ToList();

    internal sealed record EntityMentionView(string Name, string? Key, string? SameAs, string Rule);

    [Fact]
    public void A_law_name_runs_through_the_commas_of_its_list() =>
        Laws("He was charged under the Protection of Minors Against Neglect, Cruelty and Exploitation Act last year.")
            .Select(l => l.Name).Should().Contain("Protection of Minors Against Neglect, Cruelty and Exploitation Act");

    [Fact]
    public void Listed_laws_after_commas_stay_separate()
    {
        var laws = Laws("She was charged under the Water Theft Act, the Forgery Prevention Act, and the Tax Code.");
        laws.Select(l => l.Name).Should().Contain(["Water Theft Act", "Forgery Prevention Act"]);
        laws.Single(l => l.Name == "Forgery Prevention Act").SameAs.Should().BeNull();
    }

    [Fact]
    public void A_capitalised_common_word_mid_sentence_belongs_to_the_law() =>
        Laws("Ministers debated a draft Online Harms Bill in the spring.").Select(l => l.Name).Should().Contain("Online Harms Bill");

    [Fact]
    public void A_year_after_the_law_keeps_its_leading_word() =>
        Laws("Kenya’s Online Harms Act 2020 and the rules came into force.").Select(l => l.Name).Should().Contain("Online Harms Act 2020");

    [Fact]
    public void A_plural_head_names_a_kind_of_law_not_a_law() =>
        Laws("The suspects face charges under several Harbor Acts and the local rules.").Select(l => l.Name).Should().NotContain(n => n.Contains("Acts"));

    [Fact]
    public void Coordinated_acts_are_two_laws() =>
        Laws("The council cited the Clean Rivers Act and the Safe Ports Act in its ruling.").Select(l => l.Name)
            .Should().Contain(["Clean Rivers Act", "Safe Ports Act"]).And.NotContain(n => n.Contains(" and "));

    [Fact]
    public void Guidelines_are_not_laws() =>
        Laws("The Reporting Guidelines for Newsrooms, also known as the Oslo Guidelines, advise care.").Should().BeEmpty();

    [Fact]
    public void A_bill_number_after_the_chamber_numbers_the_law_named_earlier()
    {
        var laws = Laws("A version of the Safe Waters Act was filed in the House of Delegates (H.R. 4410) on March 3.");
        laws.Single(l => l.Name == "H.R. 4410").SameAs.Should().Be("Safe Waters Act");
    }

    [Fact]
    public void A_heading_that_repeats_a_law_name_mentions_the_law()
    {
        var doc = Analyse.Through<EntityRecognizer>("Intro.\n\nThe Safe Waters Act protects rivers.\n\n## The Safe Waters Act (S. 88):\n\nIt passed.");
        var laws = doc.Entities.Where(e => e.Type == EntityType.Law).ToList();
        laws.Should().Contain(l => l.Rule == EntityRuleIds.LawNameRepeated);
        laws.Single(l => l.Name == "S. 88").SameAs.Should().Be("Safe Waters Act");
    }

    [Fact]
    public void An_acronym_listed_after_a_law_is_a_law() =>
        Laws("Examples include Kenya’s Online Harms Act 2020 and OHX, among others.").Select(l => l.Name).Should().Contain("OHX");

    [Fact]
    public void A_link_edge_before_act_does_not_end_the_name()
    {
        var doc = Analyse.Through<EntityRecognizer>("Several bills ([SHIELD](https://example.org/shield) Act) are pending.");
        doc.Entities.Where(e => e.Type == EntityType.Law).Select(e => e.Name).Should().Contain("SHIELD Act");
    }
}

public class ProposedLawSpecs
{
    private static List<Knowledge.Syntax.EntityMention> Laws(string text) =>
        Analyse.Through<EntityRecognizer>(text).Entities.Where(e => e.Type == EntityType.Law).ToList();

    [Fact]
    public void A_proposed_law_named_by_its_purpose_after_a_jurisdiction_is_a_law() =>
        Laws("The group backed the proposed EU regulation to curb online investment fraud, and wrote to ministers.")
            .Select(l => l.Name).Should().Contain("EU regulation to curb online investment fraud");

    [Fact]
    public void A_body_s_proposal_named_by_its_purpose_is_a_law() =>
        Laws("Advocates urged ministers to strengthen the Harbor Commission proposal to End Bycatch at sea “now”.")
            .Select(l => l.Name).Should().Contain("Harbor Commission proposal to End Bycatch at sea");

    [Fact]
    public void Capitalised_words_before_the_jurisdiction_are_not_part_of_the_law() =>
        Laws("On Monday EU legislation to curb bycatch was tabled.")
            .Select(l => l.Name).Should().Contain("EU legislation to curb bycatch was tabled").And.NotContain(n => n.Contains("Monday"));

    [Theory]
    [InlineData("Ministers want to speed up new Harbor Safety legislation soon.", "Harbor Safety legislation")]
    [InlineData("Ministers want to speed up new Online Fraud legislation soon.", "Online Fraud legislation")]
    [InlineData("They backed the Coastal Waters bill in May.", "Coastal Waters bill")]
    public void Capitalised_words_before_a_lower_case_instrument_name_a_law(string text, string name) =>
        Laws(text).Select(l => l.Name).Should().Contain(name);

    [Theory]
    [InlineData("They backed the Harbor Trust bill in May.")]
    [InlineData("They backed the Maria Delgado bill in May.")]
    [InlineData("They backed New Zealand legislation in May.")]
    public void A_body_a_person_or_a_place_before_an_instrument_is_no_law_name(string text) =>
        Laws(text).Should().BeEmpty();

    [Fact]
    public void A_purpose_phrase_without_a_jurisdiction_is_not_a_law() =>
        Laws("The group backed the proposed regulation to curb online investment fraud.").Should().BeEmpty();

    [Fact]
    public void A_law_without_proposed_or_draft_is_not_named_by_its_purpose() =>
        Laws("Kenya passed legislation to curb online fraud in May.").Should().BeEmpty();

    [Theory]
    [InlineData("The new Anti-Scam† Law gives towns more power.")]
    [InlineData("The new Anti-Scam‡ Law gives towns more power.")]
    public void Any_listed_footnote_mark_is_read_through_and_left_out_of_the_name(string text) =>
        Laws(text).Select(l => l.Name).Should().Contain("Anti-Scam Law");

    [Fact]
    public void A_footnote_mark_inside_a_longer_anti_law_name_is_left_out() =>
        Laws("The Anti-Online* Scam Law took effect.").Select(l => l.Name).Should().Contain("Anti-Online Scam Law");

    [Fact]
    public void A_footnote_mark_after_an_anti_law_name_keeps_the_law_and_its_number_together()
    {
        var laws = Laws("The new Anti-Scam* Law (R.A. 12010) gives towns more power.");
        laws.Should().Contain(l => l.Name == "Anti-Scam Law");
        laws.Select(l => l.Key).Distinct().Should().ContainSingle("the name and the number in parentheses are one law");
    }
}
