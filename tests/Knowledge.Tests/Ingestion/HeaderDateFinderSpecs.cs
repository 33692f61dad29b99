using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

public class HeaderDateFinderSpecs
{
    private static readonly DateOnly Sept7 = new(2023, 9, 7);

    [Theory]
    [InlineData("September 7, 2023")]
    [InlineData("Sept. 7, 2023")]
    [InlineData("Sep 7 2023")]
    [InlineData("7 September 2023")]
    [InlineData("2023-09-07")]
    [InlineData("SEPTEMBER 7, 2023")]
    [InlineData("Thursday, September 7, 2023")]
    [InlineData("September 7th, 2023")]
    public void Date_only_line_in_every_shape(string line) =>
        HeaderDateFinder.Find($"PRESS RELEASE\n\n{line}\n\nRiver towns get new flood sirens\n").Should().Be(Sept7);

    [Theory]
    [InlineData("Published: 2023-09-07")]
    [InlineData("Date: September 7, 2023")]
    [InlineData("Dated: 7 September 2023")]
    public void Labelled_line(string line) =>
        HeaderDateFinder.Find($"River towns get new flood sirens\n{line}\n\nThe sirens were installed last week.").Should().Be(Sept7);

    [Theory]
    [InlineData("MANILA (Sept. 7, 2023) – The Coastal Aid League said on Thursday that the sirens work.")]
    [InlineData("MANILA, Philippines, September 7, 2023 — The Coastal Aid League said the sirens work.")]
    [InlineData("CEBU CITY, 7 September 2023 - Volunteers tested the sirens.")]
    public void Dateline_of_the_first_paragraph(string paragraph) =>
        HeaderDateFinder.Find($"River towns get new flood sirens\n\n{paragraph}").Should().Be(Sept7);

    [Fact]
    public void Date_only_line_beats_an_embargo_line_mentioning_another_date() =>
        HeaderDateFinder.Find("EMBARGOED\nTo be released on September 9, 2023, 10AM\n\nSeptember 7, 2023\n\nHeadline here\n").Should().Be(Sept7);

    [Fact]
    public void Labelled_line_beats_an_earlier_incidental_date() =>
        HeaderDateFinder.Find("Report of March 2, 2020 revisited\nPublished: 2023-09-07\n").Should().Be(Sept7);

    [Fact]
    public void Dateline_beats_an_earlier_incidental_date() =>
        HeaderDateFinder.Find("Embargo lifts on 9 September 2023 at noon\n\nMANILA (Sept. 7, 2023) – Text.").Should().Be(Sept7);

    [Fact]
    public void Falls_back_to_the_first_date_in_the_header() =>
        HeaderDateFinder.Find("To be released after noon on September 7, 2023\n\nHeadline\n").Should().Be(Sept7);

    [Fact]
    public void Dates_deep_in_the_body_are_not_the_published_date()
    {
        var longParagraph = "The league said " + new string('x', 300) + ".";
        HeaderDateFinder.Find($"Headline\n\n{longParagraph}\n\nSeptember 7, 2023\n").Should().BeNull();
    }

    [Fact]
    public void Impossible_dates_are_ignored() =>
        HeaderDateFinder.Find("February 30, 2023\n\nHeadline\n").Should().BeNull();

    [Fact]
    public void Lone_CR_and_CRLF_line_endings_are_lines() =>
        HeaderDateFinder.Find("Headline\r\rSeptember 7, 2023\r\n\r\nBody").Should().Be(Sept7);

    [Fact]
    public void A_five_megabyte_line_is_cheap()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        HeaderDateFinder.Find(new string('a', 5_000_000)).Should().BeNull();
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData("2023-09-07", true)]
    [InlineData("Sept. 7, 2023", true)]
    [InlineData("The 7 September 2023 hearing", false)]
    public void TryParseDate_accepts_only_whole_dates(string s, bool ok) =>
        HeaderDateFinder.TryParseDate(s, out _).Should().Be(ok);
}
