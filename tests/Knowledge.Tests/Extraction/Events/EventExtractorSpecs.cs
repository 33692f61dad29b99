using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Events;

public class EventExtractorSpecs
{
    // Published on a Tuesday.
    private static readonly DateOnly Published = new(2024, 3, 5);

    private static List<EventMention> Events(string text) => Analyse.Text(text, published: Published).Events.ToList();

    private static EventMention Single(string text, EventType type) => Events(text).Should().ContainSingle(e => e.EventType == type).Subject;

    private static int EventCount(string text) => Events(text).Select(e => e.EventIndex).Distinct().Count();

    // ---- trigger families, each with the date form it reads ----

    [Fact]
    public void A_court_that_sentenced_someone_on_a_date_is_a_dated_sentencing()
    {
        var e = Single("On January 9, 2024, the Regional Court of Port Aldin sentenced a smuggler to twenty years in prison.", EventType.Sentencing);
        e.Date!.Iso.Should().Be("2024-01-09");
        e.Participants.Should().Contain(p => p.Entity.Name == "Regional Court of Port Aldin" && p.Part == EventPart.Agent);
    }

    [Fact]
    public void Found_guilty_and_sentenced_after_an_opening_date_are_both_dated() =>
        Events("On January 9, 2024, the Regional Court of Port Aldin found two brokers guilty of fraud and sentenced them to life in prison.")
            .Select(e => (e.EventType, e.Date!.Iso)).Should().BeEquivalentTo([(EventType.Conviction, "2024-01-09"), (EventType.Sentencing, "2024-01-09")]);

    [Fact]
    public void Convicted_and_sentenced_share_a_year_at_the_end_of_the_sentence() =>
        Events("Marten Holloway was convicted and sentenced to nine years in prison in 2019 for running the scheme.")
            .Select(e => (e.EventType, e.Date!.Iso)).Should().BeEquivalentTo([(EventType.Conviction, "2019"), (EventType.Sentencing, "2019")]);

    [Fact]
    public void A_life_sentence_handed_down_in_a_month_is_a_sentencing() =>
        Single("In February, a Dutch court handed down a life sentence to a man who ran the network.", EventType.Sentencing).Date!.Iso.Should().Be("2024-02");

    [Fact]
    public void An_arrest_on_a_date_names_the_arresting_unit() =>
        Single("Officers of the Coastal Police Command arrested the suspect on October 3, 2021.", EventType.Arrest).Date!.Iso.Should().Be("2021-10-03");

    [Fact]
    public void A_rescue_later_in_the_paragraph_takes_the_operation_date() =>
        Single("Officers of the Coastal Police Command arrested the suspect on October 3, 2021. Two boys were rescued during the raid.", EventType.Rescue)
            .Date!.Iso.Should().Be("2021-10-03");

    [Fact]
    public void A_network_launched_today_is_dated_to_publication()
    {
        var e = Single("Farmers launched the Valley Growers Alliance today in Tarvik.", EventType.Launch);
        e.Date!.Iso.Should().Be("2024-03-05");
        e.Participants.Should().Contain(p => p.Entity.Name == "Valley Growers Alliance");
    }

    [Fact]
    public void A_centre_set_up_in_a_year_is_a_launch() =>
        Single("The Northern Cyber Crime Centre was set up in 2018 to coordinate investigations.", EventType.Launch).Date!.Iso.Should().Be("2018");

    [Fact]
    public void A_report_released_on_a_weekday_is_a_publication() =>
        Single("The Ministry of Labour released its annual report on forced labour on Monday, March 4.", EventType.Publication).Date!.Iso.Should().Be("2024-03-04");

    [Fact]
    public void A_study_named_by_its_year_is_a_publication_of_that_year() =>
        Single("Drawing on a 2021 study, the Halden Institute is mapping the problem.", EventType.Publication).Date!.Iso.Should().Be("2021");

    [Fact]
    public void A_podcast_released_on_a_date_is_a_launch() =>
        Single("The Harbour Voices Trust released the podcast on June 2, 2023.", EventType.Launch).Date!.Iso.Should().Be("2023-06-02");

    [Fact]
    public void A_bill_introduced_and_passed_on_two_dates_is_two_legislative_actions() =>
        Events("The bill was introduced in the Senate on February 1, 2024, by Senator Ada Whitcombe and passed the Finance Committee on February 20.")
            .Select(e => e.Date!.Iso).Should().BeEquivalentTo(["2024-02-01", "2024-02-20"]);

    [Fact]
    public void Laws_enacted_in_a_month_are_a_legislative_action() =>
        Single("Citing new laws enacted in August 2022, councillors drafted local rules.", EventType.LegislativeAction).Date!.Iso.Should().Be("2022-08");

    [Fact]
    public void Speaking_at_a_named_festival_gives_a_speech_and_a_gathering_on_its_date()
    {
        var events = Events("Speaking at the Nordic Data Festival on February 14 and 15, Ines Carvalho called for safer apps.");
        events.Should().Contain(e => e.EventType == EventType.Speech && e.Date!.Iso == "2024-02-14");
        events.Should().Contain(e => e.EventType == EventType.Gathering && e.Date!.Iso == "2024-02-14");
    }

    [Fact]
    public void Someone_who_spoke_at_the_event_takes_the_date_of_the_hosted_event() =>
        Events("On February 20, 2024, the Harbour Voices Trust hosted an event for volunteers. Captain Lior Brandt spoke at the evening event about patrols.")
            .Should().Contain(e => e.EventType == EventType.Speech && e.Date!.Iso == "2024-02-20");

    [Fact]
    public void Partners_who_celebrated_on_a_date_held_a_gathering() =>
        Single("Last November 8, 2023, the Harbour Voices Trust and its partners celebrated the close of the program.", EventType.Gathering).Date!.Iso.Should().Be("2023-11-08");

    [Fact]
    public void A_campaign_is_a_campaign_without_a_date() =>
        Single("The Harbour Voices Trust produced a campaign against online scams.", EventType.Campaign).Date.Should().BeNull();

    [Fact]
    public void Ranked_in_a_table_is_a_ranking() =>
        Single("Ranked among the top 50 in Europe, the Halden Institute draws researchers from abroad.", EventType.Ranking).Should().NotBeNull();

    [Fact]
    public void A_ranking_in_a_dated_report_takes_the_report_date() =>
        Events("The country kept its Tier 2 ranking in a report released by the Ministry of Labour on July 9, 2021.")
            .Should().Contain(e => e.EventType == EventType.Ranking && e.Date!.Iso == "2021-07-09");

    [Fact]
    public void Work_in_partnership_with_a_named_body_is_a_partnership() =>
        Single("The Halden Institute ran the survey in partnership with the Tarvik Data Lab.", EventType.Partnership).Participants
            .Select(p => p.Entity.Name).Should().Contain(["Halden Institute", "Tarvik Data Lab"]);

    [Fact]
    public void A_programme_that_transitioned_in_a_year_is_another_event() =>
        Single("In 2015, the Harbour Voices Trust transitioned its program to online safety.", EventType.Other).Date!.Iso.Should().Be("2015");

    [Fact]
    public void A_witness_who_testified_is_another_event() =>
        Single("Inspector Maren Solberg of the Coastal Police Command testified that the payments were traced.", EventType.Other).Should().NotBeNull();

    // ---- what is not an event ----

    [Fact]
    public void A_person_released_from_prison_is_not_a_publication() =>
        Events("The activist Daniel Okoro was released from prison on Friday.").Should().BeEmpty();

    [Fact]
    public void A_launch_in_the_future_is_not_an_event() =>
        Events("The Harbour Voices Trust will launch the network in June.").Should().BeEmpty();

    [Fact]
    public void A_bill_lawmakers_are_urged_to_pass_is_not_an_event() =>
        Events("We urge the Senate to pass this important bill.").Should().BeEmpty();

    [Fact]
    public void A_running_total_of_rescues_and_arrests_is_not_an_event() =>
        Events("Since 2012, the Coastal Police Command has supported operations leading to the rescue of more than 800 victims and the arrest of 240 suspects.").Should().BeEmpty();

    [Fact]
    public void Passed_of_a_person_is_not_legislation() =>
        Events("The founder of the Halden Institute passed away in 2020.").Should().BeEmpty();

    [Fact]
    public void Launched_without_an_object_is_not_a_launch() =>
        Events("The inquiry launched into the accounts of the firm.").Should().BeEmpty();

    [Fact]
    public void A_gathering_named_only_in_passing_is_not_an_event() =>
        Events("A video was shown at the celebration.").Should().BeEmpty();

    [Fact]
    public void An_organisation_named_forum_is_not_a_gathering() =>
        Events("In January 2023, the Global Water Forum (GWF) released its guidelines on river safety.").Should().NotContain(e => e.EventType == EventType.Gathering);

    [Fact]
    public void An_event_inside_a_direct_quote_is_not_the_article_account() =>
        Events("“If we had launched the network sooner, more children would be safe,” said Ines Carvalho.").Should().BeEmpty();

    [Fact]
    public void A_past_event_without_a_date_stays_undated() =>
        Single("Officers of the Coastal Police Command arrested the broker.", EventType.Arrest).Date.Should().BeNull();

    // ---- one event told twice ----

    [Fact]
    public void The_same_dated_event_in_two_sentences_is_one_event() =>
        EventCount("On May 2, 2023, the Valley Growers Alliance launched its seed bank. The Valley Growers Alliance launched the bank on May 2, 2023, with forty farms.")
            .Should().Be(1);

    [Fact]
    public void An_undated_mention_with_a_shared_participant_joins_the_dated_event()
    {
        var events = Events("On May 2, 2023, the Valley Growers Alliance launched its seed bank. Farmers praised how the Valley Growers Alliance launched the bank.");
        events.Select(e => e.EventIndex).Distinct().Should().ContainSingle();
        events.Should().OnlyContain(e => e.Date!.Iso == "2023-05-02");
    }

    // ---- the graph ----

    [Fact]
    public void An_event_node_links_its_participants_law_and_place()
    {
        var text = "On April 3, 2023, Senator Ada Whitcombe introduced the Clean Rivers Act. The bill was debated in Norway, where it was introduced.";
        var graph = KnowledgePipeline.CreateDefault().Run([new SourceDocument("rivers", text, BodyFormat.Markdown, new DocumentOrigin("rivers.md")) { Published = Published }]).Graph;
        var ev = graph.NodesOf(NodeType.Event).Should().ContainSingle(n => (string)n["date"]! == "2023-04-03").Subject;
        ev["eventType"].Should().Be("LegislativeAction");
        ev["docId"].Should().Be("rivers");
        ev.Id.Should().StartWith("event:legislativeaction:2023-04-03:");
        var into = graph.InEdges(ev).Where(e => e.Type == EdgeType.PARTICIPATED_IN).Select(e => e.Source.Label).ToList();
        into.Should().Contain("Ada Whitcombe");
        graph.OutEdges(ev).Should().Contain(e => e.Type == EdgeType.ABOUT && e.Target.Type == NodeType.Law);
        graph.OutEdges(ev).Should().Contain(e => e.Type == EdgeType.LOCATED_IN && e.Target.Label == "Norway");
    }

    [Fact]
    public void An_event_told_in_three_documents_lists_each_document_once_and_every_sentence_that_tells_it()
    {
        var text = "On April 3, 2023, Senator Ada Whitcombe introduced the Clean Rivers Act.";
        var graph = KnowledgePipeline.CreateDefault().Run(new[] { "c", "a", "b", "a2" }.Select(id =>
            new SourceDocument(id, id == "a2" ? "Nothing happened here." : text, BodyFormat.Markdown, new DocumentOrigin(id + ".md")) { Published = Published })).Graph;
        var ev = graph.NodesOf(NodeType.Event).Should().ContainSingle(n => (string)n["date"]! == "2023-04-03").Subject;
        ev["documents"].Should().Be("a|b|c");
        ev.Mentions.Select(m => m.DocId).Should().Equal("a", "b", "c");
        graph.OutEdges(ev).Where(e => e.Type == EdgeType.IN).Select(e => e.Target.Id).Should().Equal("document:a", "document:b", "document:c");
    }
}
