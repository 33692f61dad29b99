using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>The day a story's lead puts its event on dates the later quotes of the event's speakers.</summary>
public class LeadDateSpecs
{
    // Published on a Friday.
    private static readonly DateOnly Published = new(2024, 3, 8);

    private static QuoteMention Quote(string text, string start) =>
        Analyse.Text(text, published: Published).Quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    private const string Lead = "The Harbor Council yesterday declared an emergency over the polluted bay.\n\n";

    [Fact]
    public void The_first_speaker_after_a_lead_dated_yesterday_spoke_yesterday()
    {
        const string body = Lead + "“We are closing the beaches until the water is clean again,” Maria Delgado said at a press briefing.\n\n"
            + "“The fishing crews will be paid for every day they cannot sail,” she added.";
        Quote(body, "We are closing").Date.Should().Be("2024-03-07");
        Quote(body, "The fishing crews").Date.Should().Be("2024-03-07");
    }

    [Fact]
    public void Another_speaker_who_is_not_the_event_s_keeps_the_published_date()
    {
        const string body = Lead + "“We are closing the beaches until the water is clean again,” Maria Delgado said at a press briefing.\n\n"
            + "Tomas Reyes, a fisherman, said that the crews had warned the council about the spill for months.";
        Quote(body, "the crews had warned").Date.Should().Be("2024-03-08");
    }

    [Fact]
    public void Since_a_day_counts_only_with_a_when_clause()
    {
        const string withWhen = "Harbor Trust shares have fallen since Wednesday, when Maria Delgado told investors the port would close.\n\n"
            + "“We will not reopen the port before the summer season begins,” Maria Delgado said.";
        Quote(withWhen, "We will not reopen").Date.Should().Be("2024-03-06");
        const string without = "Harbor Trust shares have fallen since Wednesday after the news from the port.\n\n"
            + "“We will not reopen the port before the summer season begins,” Maria Delgado said.";
        Quote(without, "We will not reopen").Date.Should().Be("2024-03-08");
    }

    [Fact]
    public void A_lead_about_a_report_s_release_does_not_date_the_reactions()
    {
        const string body = "The Clean Water Fund ranked the bay first in a water report released by the Harbor Council on Wednesday.\n\n"
            + "“We thank the council for recognising years of work by our volunteers,” Maria Delgado said.";
        Quote(body, "We thank the council").Date.Should().Be("2024-03-08");
    }

    [Fact]
    public void A_lead_that_happens_today_keeps_the_published_date()
    {
        const string body = "Maria Delgado today became the first mayor to sign the harbour bill since her swearing-in on Monday.\n\n"
            + "“The honour of signing this bill belongs to every fishing family,” Maria Delgado said.";
        Quote(body, "The honour of signing").Date.Should().Be("2024-03-08");
    }
    [Fact]
    public void A_dateline_line_restating_the_publication_day_gives_way_to_the_lead_after_it()
    {
        const string body = "PORT HARBOR, Harbor Coast - Friday, March 8th 2024 [Coast Wire]\n\n" + Lead
            + "“We are closing the beaches until the water is clean again,” Maria Delgado said at a press briefing.";
        Quote(body, "We are closing").Date.Should().Be("2024-03-07");
    }

    [Fact]
    public void A_dated_paragraph_with_lower_case_words_on_the_publication_day_still_keeps_the_published_date()
    {
        const string body = "The bay was closed on Friday, March 8th 2024 after a long week.\n\n" + Lead
            + "“We are closing the beaches until the water is clean again,” Maria Delgado said at a press briefing.";
        Quote(body, "We are closing").Date.Should().Be("2024-03-08");
    }
}
