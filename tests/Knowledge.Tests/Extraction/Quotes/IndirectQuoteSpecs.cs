using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

public class IndirectQuoteSpecs
{
    private static List<QuoteMention> Indirect(string body) =>
        Analyse.Text(body).Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();

    [Fact]
    public void The_content_after_said_that_is_the_quote_text()
    {
        var q = Indirect("Margaret Okafor said that the harbour rules would protect thousands of fishing families.").Single();
        q.Text.Should().StartWith("the harbour rules would protect");
        q.Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void A_trailing_attribution_leaves_the_content_before_its_comma()
    {
        var q = Indirect("River towns can rebuild their levees within two years with steady funding, Margaret Okafor said.").Single();
        q.Text.Should().Be("River towns can rebuild their levees within two years with steady funding");
    }

    [Fact]
    public void A_cue_before_the_speaker_at_the_end_leaves_the_content_before_it()
    {
        var q = Indirect("Farmers in the valley need cheaper loans to replant their orchards, said Margaret Okafor, director of the Valley Growers Association.").Single();
        q.Text.Should().StartWith("Farmers in the valley need cheaper loans");
        q.Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void According_to_an_organisation_credits_it_and_quotes_the_rest()
    {
        var q = Indirect("According to the Coastal Wildlife Foundation, the number of nesting turtles doubled in three years.").Single();
        q.Text.Should().StartWith("the number of nesting turtles doubled");
        q.Speaker!.Name.Should().Be("Coastal Wildlife Foundation");
    }

    [Fact]
    public void According_to_a_study_by_an_organisation_credits_the_organisation()
    {
        var q = Indirect("Nearly one in ten rivers was polluted last year, according to estimates from a national survey by the Coastal Wildlife Foundation.").Single();
        q.Text.Should().StartWith("Nearly one in ten rivers was polluted");
        q.Speaker!.Name.Should().Be("Coastal Wildlife Foundation");
    }

    [Fact]
    public void The_study_resolves_to_the_publisher_of_the_study_described_before()
    {
        var body = "The Coastal Wildlife Foundation published a new water study by the Coastal Wildlife Foundation.\n\nThe study recommends stricter limits on farm runoff near protected beaches.";
        var q = Indirect(body).Single();
        q.Text.Should().StartWith("stricter limits on farm runoff");
        q.Speaker!.Name.Should().Be("Coastal Wildlife Foundation");
    }

    [Fact]
    public void A_name_given_to_a_study_before_speaks_for_its_publisher()
    {
        var body = "The Clean Rivers survey by the Coastal Wildlife Foundation was published in May.\n\nClean Rivers also estimates that two thousand wells are unsafe to drink from.";
        var q = Indirect(body).Single();
        q.Text.Should().StartWith("two thousand wells are unsafe");
        q.Speaker!.Name.Should().Be("Coastal Wildlife Foundation");
    }

    [Fact]
    public void A_verb_with_an_object_starts_the_content_at_the_object()
    {
        var q = Indirect("The Coastal Wildlife Foundation commends local fishermen for protecting the mangrove forests this year.").Single();
        q.Text.Should().StartWith("local fishermen for protecting");
    }

    [Fact]
    public void Called_for_starts_the_content_after_the_preposition()
    {
        var q = Indirect("The Coastal Wildlife Foundation called for stronger penalties against illegal dumping at sea.").Single();
        q.Text.Should().StartWith("stronger penalties against illegal dumping");
    }

    [Fact]
    public void Called_without_a_preposition_is_no_cue() =>
        Indirect("The Coastal Wildlife Foundation called a meeting with the harbour authorities last week.").Should().BeEmpty();

    [Fact]
    public void A_gerund_after_by_reports_for_the_sentence_subject()
    {
        var q = Indirect("Margaret Okafor closed the forum by urging mayors and councillors to fund new water filters.").Single();
        q.Text.Should().StartWith("mayors and councillors to fund");
        q.Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void An_appositive_between_the_speaker_and_the_verb_is_skipped()
    {
        var q = Indirect("One of the rangers, Daniel Mbeki, also testified that the nets were cut before dawn on the second day.").Single();
        q.Text.Should().StartWith("the nets were cut");
        q.Speaker!.Name.Should().Be("Daniel Mbeki");
    }

    [Fact]
    public void A_pronoun_subject_resolves_to_the_last_person_named()
    {
        var body = "Margaret Okafor visited the flooded district on Tuesday.\n\nShe warned that more rain would close the main bridge by Friday.";
        var q = Indirect(body).Single();
        q.Speaker!.Name.Should().Be("Margaret Okafor");
        q.Text.Should().StartWith("more rain would close");
    }

    [Fact]
    public void A_group_nominal_resolves_to_the_organisation_sharing_its_word()
    {
        var body = "The Island Fishers Network met in Cebu this week to plan the season.\n\nThe fisher leaders also wrote that the new quotas would leave many families without income.";
        var q = Indirect(body).Single();
        q.Speaker!.Name.Should().Be("Island Fishers Network");
    }

    [Fact]
    public void A_sentence_opening_with_as_stated_in_credits_the_owner()
    {
        var body = "The Island Fishers Network wrote to the governor. The Island Fishers Network asked for a meeting. The Island Fishers Network is waiting.\n\nStated in their letter, the new quotas would leave many families without income.";
        var q = Indirect(body).Single();
        q.Text.Should().StartWith("the new quotas would leave");
        q.Speaker!.Name.Should().Be("Island Fishers Network");
    }

    [Fact]
    public void Proud_to_announce_at_the_end_credits_the_organisation_before_it()
    {
        var q = Indirect("A new clinic for rural mothers opened its doors in Tacloban on Monday, the Coastal Health Foundation is proud to announce.").Single();
        q.Text.Should().StartWith("A new clinic for rural mothers");
        q.Speaker!.Name.Should().Be("Coastal Health Foundation");
    }

    [Fact]
    public void A_court_finding_a_defendant_guilty_is_no_quote() =>
        Indirect("The Regional Trial Court of Samar found the two defendants guilty of illegal fishing on Monday.").Should().BeEmpty();

    [Fact]
    public void Found_with_a_person_object_is_no_quote() =>
        Indirect("The Coastal Wildlife Foundation found him sleeping under the pier near the old market.").Should().BeEmpty();

    [Fact]
    public void A_nominal_that_is_no_source_gives_no_quote() =>
        Indirect("The weather said nothing good about the coming harvest in the northern valleys.").Should().BeEmpty();

    [Fact]
    public void Requested_with_a_noun_object_is_no_quote() =>
        Indirect("The Coastal Wildlife Foundation requested a second inspection of the harbour walls.").Should().BeEmpty();

    [Fact]
    public void Requested_that_is_reported_speech() =>
        Indirect("The Coastal Wildlife Foundation requested that the harbour walls be inspected again before the storms.").Should().ContainSingle();

    [Fact]
    public void A_press_release_about_section_is_boilerplate()
    {
        var body = "Margaret Okafor said that the harbour rules would protect thousands of fishing families.\n\nAbout the Coastal Wildlife Foundation\n\nThe foundation is among the largest charities in the region, according to the National Charity Register.";
        Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void The_narrative_we_is_the_organisation_the_release_is_about()
    {
        var body = "The Coastal Wildlife Foundation trains rangers. The Coastal Wildlife Foundation runs clinics. The Coastal Wildlife Foundation plants mangroves.\n\nToday we announce that the foundation has opened a second ranger school in Leyte.";
        var q = Indirect(body).Single();
        q.Text.Should().StartWith("the foundation has opened");
        q.Speaker!.Name.Should().Be("Coastal Wildlife Foundation");
    }

    [Fact]
    public void Scare_quotes_do_not_stop_reported_speech()
    {
        var q = Indirect("Harbours can be made “storm ready” with modest spending on sea walls, Margaret Okafor said.").Single();
        q.Text.Should().StartWith("Harbours can be made");
    }

    [Fact]
    public void A_report_named_by_an_undefined_acronym_speaks_for_the_body_that_released_it()
    {
        const string body = "The island kept its top rating in an annual harbour report released by the Coastal Relief Foundation on Monday.\n\nThe 2024 CHI report praises the island for cleaning its beaches faster than any of its neighbours.";
        var q = Indirect(body).Should().ContainSingle().Subject;
        q.Speaker!.Name.Should().Be("Coastal Relief Foundation");
    }
}
