using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

public class QuoteDateAttributorSpecs
{
    // Published on a Friday.
    private static readonly DateOnly Published = new(2024, 3, 8);

    private static QuoteMention Quote(string text, string start)
    {
        var doc = Analyse.Text(text, published: Published);
        return doc.Quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_right_after_the_cue_is_when_it_was_said()
    {
        var q = Quote("“Every district will have a child protection desk by the end of the year,” Teodora Villanueva said on February 26.", "Every district");
        q.Date.Should().Be("2024-02-26");
        q.DateSource.Should().Be(QuoteDateSource.Explicit);
    }

    [Fact]
    public void A_document_whose_quotes_are_already_dated_keeps_its_quotes()
    {
        var doc = Analyse.Text("“Every district will have a child protection desk by the end of the year,” Teodora Villanueva said on February 26.", published: Published);
        doc.Quotes.Should().Contain(q => q.DateSource == QuoteDateSource.Explicit, "the spec needs a quote the component dates");
        var again = new Knowledge.Extraction.Quotes.QuoteDateAttributor().Process(doc);
        again.Should().BeSameAs(doc, "no quote's date changes on a second reading");
    }

    [Fact]
    public void A_quote_dated_on_its_publication_day_keeps_the_published_date_string()
    {
        var q = Quote("“We opened the shelter this morning,” Margaret Okafor said on Friday.", "We opened");
        q.Date.Should().Be("2024-03-08");
        q.DateSource.Should().Be(QuoteDateSource.Explicit);
    }

    [Fact]
    public void The_iso_form_is_the_current_string_only_when_it_reads_the_same()
    {
        var day = new DateMention(0, 5, new DateOnly(2024, 3, 8), DatePrecision.Day, false);
        string current = new("2024-03-08".AsSpan()); // not the interned literal: the answer must be this very string
        Knowledge.Extraction.Quotes.QuoteDateAttributor.IsoOrSame(day, current).Should().BeSameAs(current);
        Knowledge.Extraction.Quotes.QuoteDateAttributor.IsoOrSame(day, "2024-03-09").Should().Be("2024-03-08");
        Knowledge.Extraction.Quotes.QuoteDateAttributor.IsoOrSame(day, null).Should().Be("2024-03-08");
        var month = day with { Precision = DatePrecision.Month };
        Knowledge.Extraction.Quotes.QuoteDateAttributor.IsoOrSame(month, current).Should().Be("2024-03");
        Knowledge.Extraction.Quotes.QuoteDateAttributor.IsoOrSame(month, "2024-03").Should().Be("2024-03");
        Knowledge.Extraction.Quotes.QuoteDateAttributor.IsoOrSame(day with { Precision = DatePrecision.Year }, "2024").Should().Be("2024");
    }

    [Fact]
    public void A_weekday_after_told_reporters_is_when_it_was_said() =>
        Quote("“We have found the families of all the children in the shelter,” Margaret Okafor told reporters on Wednesday.", "We have found")
            .Date.Should().Be("2024-03-06");

    [Fact]
    public void A_dated_opening_adverbial_before_the_speaker_dates_the_quote() =>
        Quote("Speaking at the Harbour Safety Summit on February 12 and 13, Teodora Villanueva said: “Every port needs trained staff who can spot a child at risk.”", "Every port")
            .Date.Should().Be("2024-02-12");

    [Fact]
    public void A_date_inside_the_quoted_words_is_not_when_it_was_said()
    {
        var q = Quote("“Since 2016 we have trained more than four hundred social workers in the region,” Margaret Okafor said.", "Since 2016");
        q.Date.Should().Be("2024-03-08");
        q.DateSource.Should().Be(QuoteDateSource.Published);
    }

    [Fact]
    public void A_date_in_a_relative_clause_about_the_speaker_is_not_when_it_was_said() =>
        Quote("“Our volunteers now reach every island in the province,” said Teodora Villanueva, who founded the group in 2015.", "Our volunteers")
            .DateSource.Should().Be(QuoteDateSource.Published);

    [Fact]
    public void A_date_in_the_reported_content_of_an_indirect_quote_is_not_when_it_was_said() =>
        Quote("In 2019, the city opened eleven shelters for children in the northern districts, Teodora Villanueva said.", "In 2019")
            .DateSource.Should().Be(QuoteDateSource.Published);

    [Fact]
    public void A_speakers_other_quotes_take_the_date_of_the_dated_speech_the_article_reports()
    {
        var doc = Analyse.Text(
            "Speaking at the Harbour Safety Summit on February 12, Teodora Villanueva set out a plan for port operators.\n\n" +
            "“Every port needs trained staff who can spot a child at risk,” Villanueva said.\n\n" +
            "“We cannot do this alone, and we will not try to,” she said.",
            published: Published);
        doc.Quotes.Should().HaveCount(2).And.OnlyContain(q => q.Date == "2024-02-12" && q.DateSource == QuoteDateSource.Explicit);
    }

    [Fact]
    public void Without_a_dated_speech_quotes_keep_the_published_date()
    {
        var doc = Analyse.Text(
            "Teodora Villanueva set out a plan for port operators in 2019.\n\n" +
            "“Every port needs trained staff who can spot a child at risk,” Villanueva said.",
            published: Published);
        doc.Quotes.Single().Date.Should().Be("2024-03-08");
    }

    [Fact]
    public void The_words_of_a_report_take_the_date_the_article_gives_for_its_release()
    {
        var doc = Analyse.Text(
            "The ministry welcomed an annual labour report released by the Coastal Relief Foundation on Monday, March 4.\n\n" +
            "“Recruitment agencies remain the main route into forced labour for young workers,” the 2024 labour report says.",
            published: Published);
        doc.Quotes.Single().Date.Should().Be("2024-03-04");
    }

    [Fact]
    public void A_month_in_a_reports_own_phrase_dates_its_words() =>
        Quote("“Recruitment agencies remain the main route into forced labour for young workers,” the January 2024 report says.", "Recruitment")
            .Date.Should().Be("2024-01");
}
