using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>Block quotes and the attribution sieves for speakers named around them.</summary>
public class QuoteAttributionSpecs
{
    private static QuoteMention Direct(string body, string startsWith) =>
        Analyse.Text(body).Quotes.Single(q => q.Kind == QuoteKind.Direct && q.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_block_quote_without_quotation_marks_is_a_direct_quote()
    {
        var q = Direct("Margaret Okafor, director of the shelter, said:\n\n> The children here deserve a school of their own by next spring.\n", "The children here");
        q.Text.Should().Be("The children here deserve a school of their own by next spring.");
        q.Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void A_short_block_quote_is_not_a_statement() =>
        Analyse.Text("The sign said:\n\n> Closed for repairs\n").Quotes.Should().BeEmpty();

    [Fact]
    public void Without_a_speech_verb_the_subject_of_a_paragraph_ending_in_a_colon_is_the_speaker()
    {
        var q = Direct("Leonor Bautista, a nurse from the valley, remembers the night of the flood:\n\n> We carried the children up the hill one by one while the water rose.\n", "We carried");
        q.Speaker!.Name.Should().Be("Leonor Bautista");
        q.AttributionRule.Should().Be("previous-paragraph-colon-subject");
    }

    [Fact]
    public void A_quote_ending_in_a_comma_takes_the_speaker_of_the_next_paragraph()
    {
        const string body = "> Clean water is the first thing every family in this valley asks us for,\n\nTeodora Villanueva, Executive Director of the Coastal Relief Foundation, said:\n\n> We will lay the pipes before the rainy season starts this year.\n";
        Direct(body, "Clean water").Speaker!.Name.Should().Be("Teodora Villanueva");
        Direct(body, "We will lay").Speaker!.Name.Should().Be("Teodora Villanueva");
    }

    [Fact]
    public void A_name_right_after_the_closing_mark_is_a_credit_line()
    {
        var q = Direct("“The survey shows how far the programme has come in only two years.” Dr. Hana Kowalczyk, Head of Research at the Institute.", "The survey");
        q.Speaker!.Name.Should().Be("Hana Kowalczyk");
        q.AttributionRule.Should().Be("credit-line");
    }

    [Fact]
    public void A_short_next_paragraph_that_only_names_a_person_is_a_credit_line()
    {
        var q = Direct("“Every report we receive is a child we can still reach in time.”\n\n- Tobias Whitfield, Senior Vice President, Harbor Literacy Foundation\n", "Every report");
        q.Speaker!.Name.Should().Be("Tobias Whitfield");
        q.AttributionRule.Should().Be("credit-line-next-paragraph");
    }

    [Fact]
    public void A_next_paragraph_that_introduces_another_quote_is_not_a_credit_line()
    {
        const string body = "Leonor Bautista, a nurse from the valley, remembers the flood:\n\n> We carried the children up the hill one by one while the water rose.\n\nMarco Villareal, another volunteer, describes the morning after:\n\n> The whole town was standing in the school yard waiting for news.\n";
        Direct(body, "We carried").Speaker!.Name.Should().Be("Leonor Bautista");
        Direct(body, "The whole town").Speaker!.Name.Should().Be("Marco Villareal");
    }

    [Theory]
    [InlineData("“Our inspectors will visit every factory in the province before June,” said Harbor Literacy Foundation chief executive Tobias Whitfield.")]
    [InlineData("“Our inspectors will visit every factory in the province before June,” said the Harbor Literacy Foundation's Atty. Tobias Whitfield, who led the case.")]
    public void A_person_named_after_their_organisation_is_the_speaker_not_the_organisation(string body) =>
        Direct(body, "Our inspectors").Speaker!.Name.Should().Be("Tobias Whitfield");

    [Fact]
    public void An_organisation_alone_after_the_cue_is_the_speaker() =>
        Direct("“Our inspectors will visit every factory in the province before June,” said the Harbor Literacy Foundation, which Tobias Whitfield leads.", "Our inspectors")
            .Speaker!.Name.Should().Be("Harbor Literacy Foundation");

    [Fact]
    public void A_closing_mark_without_an_opening_one_closes_a_quote_begun_with_the_paragraph()
    {
        var quotes = Analyse.Text("“We started with one classroom and a borrowed projector in the old hall.\n\nNow every school in the valley has a reading corner of its own,” said Leonor Bautista.").Quotes;
        quotes.Should().HaveCount(2);
        quotes[1].Text.Should().StartWith("Now every school in the valley");
        quotes[1].Speaker!.Name.Should().Be("Leonor Bautista");
    }

    [Theory]
    [InlineData("The forum opened with the question: “What does safety mean for a child who is online every day?”")]
    [InlineData("The ministry launched a campaign titled “Every child is safe at home and at school” last week.")]
    public void Quoted_questions_and_titles_are_not_statements(string body) =>
        Analyse.Text(body).Quotes.Where(q => q.Kind == QuoteKind.Direct).Should().BeEmpty();

    [Fact]
    public void A_second_quote_led_in_by_a_new_sentence_is_a_new_quote()
    {
        var quotes = Analyse.Text("“The river has risen faster than anyone in the valley expected,” the bulletin reports. And with more rain coming, “families near the bank should move to higher ground tonight.”")
            .Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        quotes.Should().HaveCount(2);
    }

    [Fact]
    public void A_quote_interrupted_only_by_its_attribution_stays_one_quote() =>
        Analyse.Text("“The river has risen faster than anyone expected,” said Leonor Bautista. “Families near the bank should move to higher ground tonight.”")
            .Quotes.Where(q => q.Kind == QuoteKind.Direct).Should().ContainSingle().Which.Spans.Should().HaveCount(2);

    [Fact]
    public void A_report_that_says_something_speaks_for_the_body_that_released_it()
    {
        const string body = "The island kept its top rating in an annual water report released by the Coastal Relief Foundation on Monday.\n\nThe valley “still needs twice as many wells as it had five years ago,” the 2024 water report says.";
        var q = Direct(body, "still needs");
        q.Speaker!.Name.Should().Be("Coastal Relief Foundation");
        q.AttributionRule.Should().Be("document-noun");
    }

    [Fact]
    public void A_paragraph_opened_by_a_document_noun_and_ending_in_a_colon_introduces_the_document_s_words()
    {
        const string body = "The Harbor Literacy Foundation published its Reading Charter, a short paper for school boards.\n\nThe paper lists duties for every board, including:\n\n“Keeping a library open in every school at least four days a week.”";
        Direct(body, "Keeping a library").Speaker!.Name.Should().Be("Harbor Literacy Foundation");
    }

    [Fact]
    public void A_document_noun_with_no_named_publisher_or_work_gives_no_speaker() =>
        Direct("The rivers “rose faster this spring than in any year since records began,” the report says.", "rose faster").Speaker.Should().BeNull();

    [Fact]
    public void Quotes_side_by_side_in_one_paragraph_share_their_speaker()
    {
        const string body = "Leonor Bautista, a nurse from the valley, listed her demands:\n\n“Clean water for every family in the valley by the summer” and “a clinic that stays open seven days every single week.”";
        Direct(body, "a clinic").Speaker!.Name.Should().Be("Leonor Bautista");
    }
}
