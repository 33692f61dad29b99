using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Events;

/// <summary>Who took part in an event, and in what part: coordination, tags, anaphora and one case told twice.</summary>
public class EventParticipantSpecs
{
    private static List<EventMention> Events(string text) => Analyse.Text(text).Events.ToList();

    private static EventMention Single(string text, EventType type) => Events(text).Should().ContainSingle(e => e.EventType == type).Subject;

    private static EventPart? PartOf(EventMention e, string name) => e.Participants.FirstOrDefault(p => p.Entity.Name == name)?.Part;

    [Fact]
    public void Sponsors_coordinated_after_by_are_all_agents()
    {
        var e = Single("The Clean Rivers Act was introduced in the Senate on March 3, 2021, by Senators Mark Doyle and Helen Park.", EventType.LegislativeAction);
        PartOf(e, "Mark Doyle").Should().Be(EventPart.Agent);
        PartOf(e, "Helen Park").Should().Be(EventPart.Agent);
    }

    [Fact]
    public void A_party_tag_in_parentheses_is_not_a_participant_and_does_not_break_the_list()
    {
        var e = Single("The Clean Rivers Act was introduced on March 3, 2021, by Senators Mark Doyle (D-OR) and Helen Park (R-UT).", EventType.LegislativeAction);
        e.Participants.Select(p => p.Entity.Name).Should().NotContain(["D-OR", "R-UT"]);
        PartOf(e, "Helen Park").Should().Be(EventPart.Agent);
    }

    [Fact]
    public void A_name_after_a_list_is_not_pulled_into_it_across_other_words()
    {
        var e = Single("The Clean Rivers Act was introduced on March 3, 2021, by Senator Mark Doyle with Helen Park.", EventType.LegislativeAction);
        PartOf(e, "Helen Park").Should().Be(EventPart.Participant);
    }

    [Fact]
    public void The_bill_in_a_later_sentence_is_the_law_named_before()
    {
        const string text = "The Clean Rivers Act drew wide support. The bill was introduced in the Senate on March 3, 2021.";
        var e = Single(text, EventType.LegislativeAction);
        var law = e.Participants.Should().ContainSingle(p => p.Entity.Type == EntityType.Law).Subject;
        law.Entity.Name.Should().Be("Clean Rivers Act");
        law.Anaphor.Should().NotBeNull();
        text[law.Anaphor!.Value.Start..law.Anaphor.Value.End].Should().Be("The bill");
    }

    [Fact]
    public void The_bill_with_no_law_named_before_links_no_law() =>
        Single("The bill was introduced in the Senate on March 3, 2021, by Senator Mark Doyle.", EventType.LegislativeAction)
            .Participants.Should().NotContain(p => p.Entity.Type == EntityType.Law);

    [Fact]
    public void A_law_named_in_the_sentence_is_not_replaced_by_an_earlier_one()
    {
        var e = Single("The Clean Rivers Act drew wide support. The bill, the Open Forests Act, was introduced in the Senate on March 3, 2021.", EventType.LegislativeAction);
        e.Participants.Where(p => p.Entity.Type == EntityType.Law).Select(p => p.Entity.Name).Should().Equal("Open Forests Act");
    }

    [Fact]
    public void A_second_participle_after_and_shares_the_passive()
    {
        var events = Events("Dana Quill was convicted and sentenced to nine years in prison on May 4, 2020.");
        events.Should().HaveCount(2);
        events.Should().OnlyContain(e => PartOf(e, "Dana Quill") == EventPart.Subject);
    }

    [Fact]
    public void An_active_second_verb_keeps_its_agent() =>
        PartOf(Single("On May 4, 2020, the Regional Court of Tarvik convicted and sentenced Dana Quill to nine years in prison.", EventType.Sentencing),
            "Regional Court of Tarvik").Should().Be(EventPart.Agent);

    [Fact]
    public void A_sentencing_and_a_conviction_of_one_day_share_the_court()
    {
        const string text = "A smuggler received two life sentences for trafficking on May 4, 2020.\n\n"
            + "On May 4, 2020, the Regional Court of Tarvik found the smuggler guilty of trafficking.";
        var sentencing = Single(text, EventType.Sentencing);
        PartOf(sentencing, "Regional Court of Tarvik").Should().Be(EventPart.Agent);
    }

    [Fact]
    public void Two_convictions_on_one_day_lend_their_court_to_no_sentencing()
    {
        const string text = "A smuggler received two life sentences for trafficking on May 4, 2020.\n\n"
            + "On May 4, 2020, the Regional Court of Tarvik found Dana Quill guilty of trafficking.\n\n"
            + "On May 4, 2020, the District Court of Melby found Omar Vance guilty of fraud.";
        Single(text, EventType.Sentencing).Participants.Should().NotContain(p => p.Entity.Type == EntityType.Organization);
    }

    [Fact]
    public void A_sentencing_on_another_day_keeps_to_itself()
    {
        const string text = "A smuggler received two life sentences for trafficking on June 9, 2020.\n\n"
            + "On May 4, 2020, the Regional Court of Tarvik found the smuggler guilty of trafficking.";
        Single(text, EventType.Sentencing).Participants.Should().NotContain(p => p.Entity.Type == EntityType.Organization);
    }

    [Fact]
    public void In_the_graph_the_bill_links_its_sponsors_its_number_and_the_sentence_that_calls_it_the_bill()
    {
        const string text = "The Clean Rivers Act (S. 4410) drew wide support. The bill was introduced in the Senate on March 3, 2021, by Senators Mark Doyle and Helen Park.";
        var graph = KnowledgePipeline.CreateDefault().Run([new SourceDocument("bill", text, BodyFormat.Markdown, new DocumentOrigin("bill.md"))]).Graph;
        var law = graph.NodesOf(NodeType.Law).Should().ContainSingle().Subject;
        law["number"].Should().Be("S. 4410");
        var ev = graph.NodesOf(NodeType.Event).Should().ContainSingle().Subject;
        var about = graph.OutEdges(ev).Should().ContainSingle(e => e.Type == EdgeType.ABOUT).Subject;
        about.Target.Id.Should().Be(law.Id);
        text[about.Evidence[0].Start..about.Evidence[0].End].Should().Be("The bill");
        graph.InEdges(ev).Where(e => e.Type == EdgeType.PARTICIPATED_IN && (string)e.Properties["part"] == "agent")
            .Select(e => e.Source.Label).Should().BeEquivalentTo(["Mark Doyle", "Helen Park"]);
    }

    // ---- parties described, not named ----

    private static string? Described(EventMention e, EventPart part) => e.Descriptions.FirstOrDefault(d => d.Part == part)?.Text;

    [Fact]
    public void The_defendants_a_court_found_guilty_are_described() =>
        Described(Single("On May 4, 2020, the Regional Court of Tarvik found two brokers guilty of fraud.", EventType.Conviction), EventPart.Subject)
            .Should().Be("two brokers");

    [Fact]
    public void An_unnamed_court_and_the_person_it_sentenced_are_described()
    {
        var e = Single("In February, a Dutch court gave a 12-year sentence to a woman who ran the scheme.", EventType.Sentencing);
        Described(e, EventPart.Agent).Should().Be("a Dutch court");
        Described(e, EventPart.Subject).Should().Be("a woman");
    }

    [Fact]
    public void Whoever_received_a_sentence_is_its_subject() =>
        Described(Single("A former clerk received two life sentences for the thefts on May 4, 2020.", EventType.Sentencing), EventPart.Subject)
            .Should().Be("A former clerk");

    [Fact]
    public void A_pronoun_is_no_description() =>
        Single("She was found guilty of fraud on May 4, 2020.", EventType.Conviction).Descriptions.Should().BeEmpty();

    [Fact]
    public void A_named_subject_is_not_also_described() =>
        Single("On May 4, 2020, the Regional Court of Tarvik sentenced Dana Quill to nine years in prison.", EventType.Sentencing)
            .Descriptions.Should().NotContain(d => d.Part == EventPart.Subject);

    [Fact]
    public void A_sentencing_that_says_them_takes_the_conviction_s_description() =>
        Events("On May 4, 2020, the Regional Court of Tarvik found two brokers guilty of fraud and sentenced them to life in prison.")
            .Single(e => e.EventType == EventType.Sentencing).Descriptions.Select(d => d.Text).Should().Contain("two brokers");

    [Fact]
    public void A_described_subject_reaches_the_event_node()
    {
        var graph = KnowledgePipeline.CreateDefault().Run([new SourceDocument("case", "On May 4, 2020, the Regional Court of Tarvik found two brokers guilty of fraud.", BodyFormat.Markdown, new DocumentOrigin("case.md"))]).Graph;
        graph.NodesOf(NodeType.Event).Should().ContainSingle().Which["subjectDescription"].Should().Be("two brokers");
    }
}
