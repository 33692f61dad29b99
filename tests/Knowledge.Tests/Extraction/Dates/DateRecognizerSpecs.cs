using FluentAssertions;
using Knowledge.Extraction.Dates;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Dates;

/// <summary>Dates, absolute and relative, read with the tokenizer, the sentence splitter and the date recogniser alone.</summary>
public class DateRecognizerSpecs
{
    // Published on a Friday.
    private static readonly DateOnly Published = new(2024, 3, 8);

    private static (string Text, string Iso, bool Relative)[] Dates(string text, DateOnly? published = null, bool noPublished = false)
    {
        var doc = noPublished ? AnalyseWithoutDate(text) : Analyse.Through<DateRecognizer>(text, published: published ?? Published);
        return [.. doc.Dates.Select(d => (doc.Slice(d.Start, d.End), d.Iso, d.IsRelative))];
    }

    private static Doc AnalyseWithoutDate(string text) =>
        Knowledge.Pipeline.KnowledgePipeline.CreateDefault().Process(
            new Knowledge.Ingestion.SourceDocument("spec", text, Knowledge.Ingestion.BodyFormat.Markdown, new Knowledge.Ingestion.DocumentOrigin("spec.md")));

    [Theory]
    [InlineData("The board met on October 14, 2021 in Cebu.", "October 14, 2021", "2021-10-14")]
    [InlineData("The board met on Oct. 14, 2021 in Cebu.", "Oct. 14, 2021", "2021-10-14")]
    [InlineData("The board met on 14 October 2021 in Cebu.", "14 October 2021", "2021-10-14")]
    [InlineData("The board met on 2021-10-14 in Cebu.", "2021-10-14", "2021-10-14")]
    [InlineData("The board met on Thursday, October 14, 2021 in Cebu.", "Thursday, October 14, 2021", "2021-10-14")]
    public void A_full_date_is_a_day(string text, string span, string iso) =>
        Dates(text).Should().Equal((span, iso, false));

    [Fact]
    public void A_month_and_year_is_a_month() =>
        Dates("The clinic opened in September 2019 after a long delay.").Should().Equal(("September 2019", "2019-09", false));

    [Fact]
    public void A_year_after_a_preposition_is_a_year() =>
        Dates("The clinic has grown since 2015 and now serves the whole valley.").Should().Equal(("2015", "2015", false));

    [Fact]
    public void A_day_range_resolves_to_its_first_day()
    {
        Dates("The fair ran on June 4 and 5, 2023 downtown.").Should().Equal(("June 4 and 5, 2023", "2023-06-04", false));
        Dates("The fair ran on June 4-5, 2023 downtown.").Single().Iso.Should().Be("2023-06-04");
    }

    [Fact]
    public void A_date_without_a_year_takes_the_published_year() =>
        Dates("The fair ran on February 20 downtown.").Single().Iso.Should().Be("2024-02-20");

    [Fact]
    public void A_date_without_a_year_well_after_publication_is_last_year() =>
        Dates("The fair ran on November 20 downtown.").Single().Iso.Should().Be("2023-11-20");

    [Fact]
    public void A_bare_month_after_a_preposition_is_a_month_of_the_published_year() =>
        Dates("The shelter opened in January with twelve beds.").Should().Equal(("January", "2024-01", false));

    [Theory]
    [InlineData("Volunteers may join the march later.")]
    [InlineData("May we all remember the victims tonight?")]
    [InlineData("Families March through the plaza every spring.")]
    [InlineData("Mayor Jan Kowalski and April Reyes opened the hall.")]
    public void Month_words_that_are_verbs_or_names_are_not_dates(string text) =>
        Dates(text).Where(d => !d.Relative).Should().BeEmpty();

    [Fact]
    public void May_with_a_day_is_a_date() =>
        Dates("The ruling came on May 4 after a long trial.").Single().Iso.Should().Be("2023-05-04");

    [Theory]
    [InlineData("The senator filed S. 1998 to close the loophole.")]
    [InlineData("The group rescued 2,000 children last decade.")]
    [InlineData("Police found 1950 files on the drive.")]
    [InlineData("The team helped in 2000 cases across the region.")]
    public void Numbers_that_are_not_years_are_not_dates(string text) =>
        Dates(text).Should().BeEmpty();

    [Theory]
    [InlineData("The mayor spoke today at the plaza.", "today", "2024-03-08")]
    [InlineData("The mayor spoke yesterday at the plaza.", "yesterday", "2024-03-07")]
    [InlineData("The mayor spoke on Wednesday at the plaza.", "Wednesday", "2024-03-06")]
    [InlineData("The mayor spoke on Friday at the plaza.", "Friday", "2024-03-08")]
    [InlineData("The mayor will speak next Monday at the plaza.", "next Monday", "2024-03-11")]
    [InlineData("The plaza reopened last year after repairs.", "last year", "2023")]
    [InlineData("The plaza reopened earlier this month after repairs.", "earlier this month", "2024-03")]
    [InlineData("The plaza reopened last month after repairs.", "last month", "2024-02")]
    [InlineData("The plaza reopened two years ago after repairs.", "two years ago", "2022")]
    public void Relative_dates_resolve_against_the_published_date(string text, string span, string iso) =>
        Dates(text).Should().Equal((span, iso, true));

    [Fact]
    public void Without_a_published_date_relative_dates_are_skipped() =>
        Dates("The mayor spoke yesterday, on March 3, 2024, at the plaza.", noPublished: true)
            .Should().Equal(("March 3, 2024", "2024-03-03", false));

    [Fact]
    public void A_weekday_inside_a_name_is_not_a_date() =>
        Dates("Shops were crowded on Good Friday and Cyber Monday.").Should().BeEmpty();

    [Fact]
    public void A_span_of_time_is_not_last_year() =>
        Dates("Arrests rose over the last year in the province.").Should().BeEmpty();

    [Fact]
    public void Date_offsets_point_into_the_text()
    {
        var doc = Analyse.Text("# Harbour news\n\nThe ferry resumed service on 3 March 2024 after the storm.", published: Published);
        var d = doc.Dates.Single();
        doc.Slice(d.Start, d.End).Should().Be("3 March 2024");
        d.Precision.Should().Be(DatePrecision.Day);
    }

    // Published Friday 2024-03-08: last week is Monday 26 February to Sunday 3 March, which straddles two months.
    [Theory]
    [InlineData("2024-03-08", "The board met last week.", "2024")]
    [InlineData("2024-03-20", "The board met last week.", "2024-03")]
    [InlineData("2024-03-20", "The board meets next week.", "2024-03")]
    [InlineData("2024-01-03", "The board met last week.", "2023-12")]
    public void Last_and_next_week_take_the_month_that_holds_the_whole_week(string published, string text, string iso) =>
        Dates(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture))
            .Should().ContainSingle().Which.Should().Be((text.Contains("last") ? "last week" : "next week", iso, true));

    [Fact]
    public void The_last_week_as_a_span_is_no_date() =>
        Dates("Over the last week the board met daily.").Should().BeEmpty();

    [Fact]
    public void Words_that_start_no_date_are_skipped_without_copying_them()
    {
        var text = string.Join(' ', Enumerable.Repeat("The river council met downstream and talked about water rights for hours.", 200));
        var recognizer = new DateRecognizer();
        var input = Analyse.Through<DateRecognizer>(text, published: Published) with { Dates = [] };
        recognizer.Process(input);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var found = recognizer.Process(input);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        found.Dates.Should().BeEmpty();
        allocated.Should().BeLessThan(2_000, "{0} tokens are read in place", input.Tokens.Length);
    }
}
