using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

public class EntityRecognizerSpecs
{
    private static IEnumerable<string> Names(string text, EntityType type) =>
        Analyse.Through<EntityRecognizer>(text).Entities.Where(e => e.Type == type).Select(e => e.Name);

    [Fact]
    public void A_given_name_and_surname_is_a_person() =>
        Names("The report was written by Margaret Okafor last spring.", EntityType.Person).Should().Equal("Margaret Okafor");

    [Fact]
    public void An_honorific_is_stripped_from_the_name_but_kept_as_evidence()
    {
        var e = Analyse.Through<EntityRecognizer>("The case was argued by Atty. Rosalind Quimpo in court.").Entities.Single(m => m.Type == EntityType.Person);
        e.Name.Should().Be("Rosalind Quimpo");
        e.Honorific.Should().Be("Atty.");
    }

    [Fact]
    public void A_suffix_after_a_comma_belongs_to_the_name() =>
        Names("The group thanked Atty. Benedict Arguelles, Jr., for his help.", EntityType.Person).Should().Contain("Benedict Arguelles Jr.");

    [Fact]
    public void A_surname_alone_later_joins_the_full_name()
    {
        var doc = Analyse.Through<EntityRecognizer>("Harriet Lindqvist leads the team. Lindqvist said the work goes on.");
        doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Should().AllBe("Harriet Lindqvist").And.HaveCount(2);
    }

    [Fact]
    public void Sentence_starts_months_and_modal_verbs_are_not_persons() =>
        Names("Should the plan fail, March will be hard. However, Planning Continues.", EntityType.Person).Should().BeEmpty();

    [Fact]
    public void A_pseudonymous_survivor_is_a_person() =>
        Names("A survivor called Dahlia spoke first. Dahlia (not her real name) was twelve then.", EntityType.Person).Should().Contain("Dahlia");

    [Fact]
    public void An_organisation_is_named_by_its_head_word() =>
        Names("Volunteers from the Coastal Relief Foundation arrived.", EntityType.Organization).Should().Contain("Coastal Relief Foundation");

    [Fact]
    public void An_acronym_defined_in_the_text_is_the_same_organisation_when_used_alone()
    {
        var doc = Analyse.Through<EntityRecognizer>("The Northern Rivers Council (NRC) met today. Later the NRC voted.");
        var orgs = doc.Entities.Where(e => e.Type == EntityType.Organization).ToList();
        orgs.Should().HaveCount(3);
        orgs.Select(o => o.Name).Should().AllBe("Northern Rivers Council");
    }

    [Fact]
    public void A_possessive_owner_and_its_unit_are_both_organisations()
    {
        var names = Names("Staff of the ZKB's Office for Digital Safety met.", EntityType.Organization).ToList();
        names.Should().Contain("Office for Digital Safety").And.Contain("ZKB");
    }

    [Theory]
    [InlineData("It broke Republic Act No. 12345 twice.", "Republic Act No. 12345")]
    [InlineData("It broke RA 12345 twice.", "Republic Act No. 12345")]
    [InlineData("It broke Section 4(h) of R.A. no. 12345 twice.", "Republic Act No. 12345")]
    [InlineData("Senators filed S. 4321 yesterday.", "S. 4321")]
    [InlineData("Members filed H.R. 876 yesterday.", "H.R. 876")]
    public void Numbered_laws_are_recognised_with_a_canonical_name(string text, string name) =>
        Names(text, EntityType.Law).Should().Contain(name);

    [Theory]
    [InlineData("They cited the Clean Rivers Protection Act of 2009 in court.", "Clean Rivers Protection Act of 2009")]
    [InlineData("Parliament debated the Digital Harms Bill again.", "Digital Harms Bill")]
    public void Named_acts_and_bills_are_laws(string text, string name) =>
        Names(text, EntityType.Law).Should().Contain(name);

    [Fact]
    public void An_acronym_act_with_its_expansion_is_one_law()
    {
        var doc = Analyse.Through<EntityRecognizer>("She backed the SAFE KIDS (Stopping Abuse From Every Kind Including Digital Spaces) Act this week.");
        var law = doc.Entities.Single(e => e.Type == EntityType.Law);
        law.Name.Should().Be("Stopping Abuse From Every Kind Including Digital Spaces Act");
        law.SameAs.Should().Be("SAFE KIDS Act");
    }

    [Fact]
    public void A_law_number_in_a_link_url_identifies_the_linked_law()
    {
        var doc = Analyse.Through<EntityRecognizer>("Officials enforce the [Anti-Fraud law](https://example.org/laws/republic-act-no-12001/) strictly.");
        doc.Entities.Single(e => e.Type == EntityType.Law).Key.Should().Be("law-ra-12001");
    }

    [Fact]
    public void Places_are_recognised_from_the_gazetteer() =>
        Names("The team flew from Canada to Kenya.", EntityType.Place).Should().Equal("Canada", "Kenya");
}

/// <summary>A weak candidate is a flag on the mention, not a rule name to compare.</summary>
public class WeakMentionSpecs
{
    [Fact]
    public void A_bare_undefined_acronym_is_a_weak_candidate()
    {
        var m = Analyse.Through<EntityRecognizer>("Officials from QXV attended the meeting.").Entities.Single(e => e.Name == "QXV");
        m.IsWeak.Should().BeTrue();
        m.Rule.Should().Be(EntityRuleIds.BareAcronym);
    }

    [Fact]
    public void A_defined_or_possessive_acronym_is_not_weak()
    {
        var entities = Analyse.Through<EntityRecognizer>("The Orvale Water Board (OWB) met. Later the OWB and ZKQ's staff voted.").Entities;
        entities.Where(e => e.Name == "Orvale Water Board" || e.Name == "ZKQ").Should().OnlyContain(e => !e.IsWeak);
    }

    [Fact]
    public void A_stronger_reading_clears_the_flag() =>
        Analyse.Through<EntityRecognizer>("The firm cited the Harbor Safety Act and HSX, among other rules.").Entities
            .Single(e => e.Name == "HSX").Should().Match<EntityMention>(e => e.Type == EntityType.Law && !e.IsWeak && e.Rule == EntityRuleIds.LawListedAcronym);

    [Fact]
    public void An_entity_seen_only_weakly_is_not_a_graph_node()
    {
        var source = new Knowledge.Ingestion.SourceDocument("spec", "Officials from QXV attended. The Orvale Water Board (OWB) met.",
            Knowledge.Ingestion.BodyFormat.Markdown, new Knowledge.Ingestion.DocumentOrigin("spec.md"));
        var graph = Knowledge.Pipeline.KnowledgePipeline.CreateDefault().Run([source]).Graph;
        graph.Nodes.Select(n => n.Label).Should().Contain("Orvale Water Board").And.NotContain("QXV");
    }

    [Fact]
    public void A_document_after_another_finds_what_it_finds_alone()
    {
        const string second = "Ingrid Marsh of the Tollbridge Harbour Board said Marsh would stay.";
        var alone = Analyse.Through<EntityRecognizer>(second).Entities;
        Analyse.Through<EntityRecognizer>(
            "Teodor Valk, chair of the Quarry Lane Rowing Union (QLRU), met Ingrid Marsh. Valk and the QLRU agreed; " +
            "the Tollbridge Harbour Board did not. " + new string('x', 3_000) + " Valk left.").Entities.Should().NotBeEmpty();

        Analyse.Through<EntityRecognizer>(second).Entities.Should().Equal(alone);
    }
}
