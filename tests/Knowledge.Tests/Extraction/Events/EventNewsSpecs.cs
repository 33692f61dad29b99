using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Events;

/// <summary>
/// Events as news tells them: object-verb triggers that need their object, the present perfect and the
/// headline dated to publication, the narrative time that runs on across paragraphs, and a date that
/// belongs to the trigger it stands right after.
/// </summary>
public class EventNewsSpecs
{
    // Published on a Tuesday.
    private static readonly DateOnly Published = new(2024, 3, 5);
    private static readonly KnowledgePipeline Pipeline = KnowledgePipeline.CreateDefault();

    private static List<(EventType Type, string? Date)> Events(string body, string? title = null) =>
        Pipeline.Process(new SourceDocument("spec", body, BodyFormat.Markdown, new DocumentOrigin("spec.md")) { Published = Published, Title = title })
            .Events.GroupBy(e => e.EventIndex).Select(g => (g.First().EventType, g.First().Date?.Iso)).ToList();

    // ---- object-verb triggers ----

    [Theory]
    [InlineData("The Harbor Council declared war on illegal fishing on May 3, 2023.", EventType.Campaign)]
    [InlineData("The Harbor Council declared a crackdown on illegal fishing on May 3, 2023.", EventType.Campaign)]
    [InlineData("Mara Delgado settled the lawsuit with the Harbor Trust on May 3, 2023.", EventType.Other)]
    [InlineData("Officers executed a search warrant at a house in Tarvik on May 3, 2023.", EventType.Other)]
    [InlineData("The Harbor Trust announced new funding for clinics on May 3, 2023.", EventType.Other)]
    [InlineData("The Harbor Police sent a referral letter to the Coastal Police on May 3, 2023.", EventType.Other)]
    [InlineData("The Prime Minister issued a mandate letter to the Minister of Fisheries on May 3, 2023.", EventType.Other)]
    public void An_object_verb_with_an_object_of_its_type_is_an_event(string text, EventType type) =>
        Events(text).Should().Equal((type, "2023-05-03"));

    [Theory]
    [InlineData("The Harbor Council declared its support for fishers on May 3, 2023.")]
    [InlineData("The Delgado family settled in Tarvik on May 3, 2023.")]
    [InlineData("The Harbor Trust announced its new director on May 3, 2023.")]
    [InlineData("The Harbor Trust executed its plan for the coast on May 3, 2023.")]
    [InlineData("The Harbor Police sent two officers to the coast on May 3, 2023.")]
    public void An_object_verb_without_such_an_object_is_no_event(string text) =>
        Events(text).Should().BeEmpty();

    [Fact]
    public void A_sum_before_a_passive_object_verb_is_its_object() =>
        Events("£2 million has been announced for clinics in Tarvik.").Should().Equal((EventType.Other, "2024-03-05"));

    [Fact]
    public void A_change_of_course_names_its_programme_whatever_the_verb_of_change()
    {
        Events("In 2015, the Harbor Trust shifted its program to online safety.").Should().Equal((EventType.Other, "2015"));
        Events("In 2015, the Harbor Trust began to focus on online safety.").Should().Equal((EventType.Other, "2015"));
        Events("In 2015, the Harbor Trust shifted the boats to the north.").Should().BeEmpty();
    }

    // ---- news triggers ----

    [Fact]
    public void A_celebrated_passage_of_a_law_is_the_legislative_act_not_a_celebration() =>
        Events("Senator Maria Delgado celebrated the Senate's passage of the Clean Rivers Act on May 3, 2023.")
            .Should().Equal((EventType.LegislativeAction, "2023-05-03"));

    [Fact]
    public void A_passage_without_a_law_is_no_event() =>
        Events("The passage of time healed the harbor town on May 3, 2023.").Should().BeEmpty();

    [Fact]
    public void A_hearing_during_which_something_happened_is_a_gathering() =>
        Events("Mara Lind praised the plan during a hearing of the Harbor Committee on May 3, 2023.")
            .Should().Contain((EventType.Gathering, "2023-05-03"));

    [Fact]
    public void Telling_a_committee_is_a_speech_telling_friends_is_not()
    {
        Events("Mara Lind told the Harbor Committee on May 3, 2023 that funds were short.").Should().Equal((EventType.Speech, "2023-05-03"));
        Events("Mara Lind told her friends on May 3, 2023 that funds were short.").Should().BeEmpty();
    }

    [Fact]
    public void Children_safeguarded_in_a_raid_are_a_rescue() =>
        Events("Two children were safeguarded by the Coastal Police on May 3, 2023.").Should().Equal((EventType.Rescue, "2023-05-03"));

    [Fact]
    public void A_study_conducted_is_a_publication_an_operation_conducted_is_not()
    {
        Events("The Harbor Trust conducted a study of online safety in 2021.").Should().Equal((EventType.Publication, "2021"));
        Events("The Coastal Police conducted an operation in Tarvik in 2021.").Should().BeEmpty();
    }

    // ---- dates from the tense, the headline and the narrative ----

    [Fact]
    public void The_present_perfect_dates_an_undated_event_to_publication_the_past_perfect_does_not()
    {
        Events("The Harbor Trust has filed a bill to protect the coast.").Should().Equal((EventType.LegislativeAction, "2024-03-05"));
        Events("The Harbor Trust had filed a bill to protect the coast.").Should().Equal((EventType.LegislativeAction, (string?)null));
    }

    [Fact]
    public void An_undated_event_of_the_headline_is_the_news_of_the_published_day()
    {
        Events("The Act protects the rivers of the coast.", title: "Clean Rivers Act passed by the Senate")
            .Should().Equal((EventType.LegislativeAction, "2024-03-05"));
        Events("The Act protects the rivers of the coast.", title: "Senators discuss the Clean Rivers Act").Should().BeEmpty();
    }

    [Fact]
    public void The_narrative_time_runs_on_into_the_next_paragraph() =>
        Events("Officers yesterday searched a house in Tarvik.\n\nA man was arrested and charged with fraud.")
            .Should().Contain((EventType.Arrest, "2024-03-04"));

    [Fact]
    public void A_relative_date_right_after_a_trigger_is_that_trigger_s_own() =>
        Events("The governor signed the Clean Rivers Act, the first bill since his swearing-in on Friday.")
            .Should().BeEquivalentTo([(EventType.LegislativeAction, (string?)null), (EventType.Other, "2024-03-01")]);

    // ---- headline verbs ----

    [Theory]
    [InlineData("Senate passes the Clean Rivers Act", EventType.LegislativeAction)]
    [InlineData("Harbor Trust launches a coastal network", EventType.Launch)]
    [InlineData("Council declares war on illegal fishing", EventType.Campaign)]
    [InlineData("Mara Delgado settles lawsuit with the Harbor Trust", EventType.Other)]
    public void A_present_tense_headline_verb_is_the_day_s_news(string title, EventType type) =>
        Events("Fishers welcomed the news.", title).Should().Equal((type, "2024-03-05"));

    [Fact]
    public void A_present_tense_verb_outside_the_headline_is_no_event() =>
        Events("Every year the Senate passes the Clean Rivers Act budget.").Should().BeEmpty();

    [Fact]
    public void A_headline_joins_the_text_s_recent_telling_of_its_event_but_not_an_older_one_of_its_type()
    {
        Events("Mara Delgado settled the lawsuit with the Harbor Trust last month.", "Delgado settles lawsuit")
            .Should().Equal((EventType.Other, "2024-02"));
        Events("The Harbor Trust launched its first network in July 2019.", "Harbor Trust launches a coastal network")
            .Should().BeEquivalentTo([(EventType.Launch, "2019-07"), (EventType.Launch, "2024-03-05")]);
    }

    // ---- objects, sums and news days ----

    [Fact]
    public void A_sum_of_money_is_no_count_of_cases()
    {
        Events("The Harbor Trust has launched the Safe Coast Program, a $5 million (PhP 280 million) commitment.")
            .Should().Equal((EventType.Launch, "2024-03-05"));
        Events("The Coastal Police have arrested 280 suspects since the program began.").Should().BeEmpty();
    }

    [Fact]
    public void Unveiling_proposals_or_agreeing_on_rules_is_a_legislative_act_launching_to_help_law_enforcement_is_not()
    {
        Events("The Harbor Council on Monday unveiled tough new proposals to protect the coast.").Should().Equal((EventType.LegislativeAction, "2024-03-04"));
        Events("The Harbor Council agreed on landmark rules for fishing boats in 2023.").Should().Equal((EventType.LegislativeAction, "2023"));
        Events("The Coastal Centre was launched in 2023 to strengthen law enforcement.").Should().Equal((EventType.Launch, "2023"));
    }

    [Fact]
    public void Opening_a_summit_is_a_speech_opening_an_office_is_not()
    {
        Events("Mara Delgado opened the Harbor Summit with a speech on May 3, 2023.").Should().Contain((EventType.Speech, "2023-05-03"));
        Events("Mara Delgado opened a new office on May 3, 2023.").Should().NotContain(e => e.Type == EventType.Speech);
    }

    [Fact]
    public void Sharing_or_talking_about_a_topic_at_a_gathering_is_a_speech_sharing_an_object_is_not()
    {
        Events("On May 3, 2023, the Harbor Trust hosted a forum where Mara Delgado shared about her work on the coast.")
            .Should().Contain(e => e.Type == EventType.Speech);
        Events("On May 3, 2023, the Harbor Trust hosted a forum where Mara Delgado talked about her work on the coast.")
            .Should().Contain(e => e.Type == EventType.Speech);
        Events("On May 3, 2023, at a forum of the Harbor Trust, Mara Delgado shared tactics used by smugglers.")
            .Should().NotContain(e => e.Type == EventType.Speech);
        Events("On May 3, 2023, Mara Delgado shared about her work on the coast.").Should().NotContain(e => e.Type == EventType.Speech);
    }

    [Fact]
    public void The_dateline_is_the_news_day_of_a_present_perfect() =>
        Events("TARVIK, 4 March 2024 – The Harbor Trust has filed a bill to protect the coast.")
            .Should().Equal((EventType.LegislativeAction, "2024-03-04"));

    [Fact]
    public void A_headline_s_today_is_only_the_news_day_the_text_dates_the_event() =>
        Events("The Harbor Trust launched the Coastal Network today, Monday, in Tarvik.", "Harbor Trust Launches Coastal Network Today")
            .Should().Equal((EventType.Launch, "2024-03-04"));

    [Fact]
    public void A_gathering_that_kicked_off_is_a_gathering_not_a_launch()
    {
        Events("The Harbor Summit kicked off on May 3, 2023 in Tarvik.").Should().Equal((EventType.Gathering, "2023-05-03"));
        Events("The Harbor Trust kicked off a new network on May 3, 2023.").Should().Equal((EventType.Launch, "2023-05-03"));
    }

    [Fact]
    public void A_named_gathering_in_a_headline_with_today_joins_the_text_s_dated_gathering() =>
        Events("The Harbor Summit, held in Tarvik, opened today, Monday, with a speech by Mara Delgado.", "Harbor Summit Kicked Off Today")
            .Where(e => e.Type == EventType.Gathering).Should().Equal((EventType.Gathering, "2024-03-04"));

    [Fact]
    public void A_named_body_s_hearing_is_a_gathering_a_hearing_aid_is_not()
    {
        Events("Mara Lind criticised the plan during the Harbor Committee's hearing on May 3, 2023.").Should().Contain((EventType.Gathering, "2023-05-03"));
        Events("Mara Lind bought a new hearing aid on May 3, 2023.").Should().BeEmpty();
    }

    [Fact]
    public void A_dated_proposal_is_a_legislative_act_an_undated_one_is_not()
    {
        Events("Read the Harbor Council's proposal of 3 May 2023 on fishing.").Should().Equal((EventType.LegislativeAction, "2023-05-03"));
        Events("Read the Harbor Council's proposal on fishing.").Should().BeEmpty();
    }

    [Fact]
    public void Posted_results_are_a_publication_a_posted_photo_is_not()
    {
        Events("Harbor Motors posted a first-quarter loss of $20 million in 2023.").Should().Equal((EventType.Publication, "2023"));
        Events("Mara Lind posted a photo of the harbor in 2023.").Should().BeEmpty();
    }

    [Fact]
    public void A_work_the_verb_only_describes_is_no_release_unless_dated()
    {
        Events("In the Harbor Trust's study conducted with the council, fishers told of long hours.").Should().BeEmpty();
        Events("A study published in 2020 by the Harbor Trust found long hours.").Should().Equal((EventType.Publication, "2020"));
    }
}
