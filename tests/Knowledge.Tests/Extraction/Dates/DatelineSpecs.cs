using FluentAssertions;
using Knowledge.Extraction.Dates;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Extraction.Dates;

/// <summary>The dateline that opens a news text, and the weekday a relative day names.</summary>
public class DatelineSpecs
{
    // Published on a Friday.
    private static readonly DateOnly Published = new(2024, 3, 8);

    private static Dateline? DatelineOf(string text) =>
        Dateline.Find(Analyse.Through<DateRecognizer>(text, published: Published), LexiconSet.Default);

    [Theory]
    [InlineData("TARVIK, 6 March 2024 – The Harbor Trust opened a clinic for fishers.", "2024-03-06")]
    [InlineData("PORT ALDIN, March 7 (Harbor Wire) – The Harbor Trust opened a clinic.", "2024-03-07")]
    [InlineData("TARVIK, Alden, Mar. 6, 2024 /Harbor Wire/ – The Harbor Trust opened a clinic.", "2024-03-06")]
    [InlineData("Wednesday, March 6, 2024, TARVIK, ON – The Harbor Trust opened a clinic.", "2024-03-06")]
    public void A_dateline_gives_the_day_the_text_was_written(string text, string iso) =>
        DatelineOf(text)!.Date!.Iso.Should().Be(iso);

    [Fact]
    public void A_dateline_may_name_only_its_place()
    {
        var dateline = DatelineOf("TARVIK, Alden — The Harbor Trust opened a clinic for fishers.");
        dateline.Should().NotBeNull();
        dateline!.Date.Should().BeNull();
    }

    [Fact]
    public void A_dateline_may_follow_a_caption_paragraph() =>
        DatelineOf("Volunteers at the clinic.\n\nTARVIK, 6 March 2024 – The Harbor Trust opened a clinic.")!.Date!.Iso.Should().Be("2024-03-06");

    [Theory]
    [InlineData("The Harbor Trust opened a clinic for fishers on March 6, 2024 – a first.")]
    [InlineData("Mara Delgado, the director – who opened the clinic – spoke on March 6, 2024.")]
    public void A_paragraph_without_a_place_in_capitals_has_no_dateline(string text) =>
        DatelineOf(text).Should().BeNull();

    [Theory]
    [InlineData("The summit opened today, Wednesday, in Tarvik.", "today, Wednesday", "2024-03-06")]
    [InlineData("Officers yesterday (Tuesday, 5 March 2024) searched a house.", "yesterday (Tuesday", "2024-03-05")]
    public void A_relative_day_with_a_weekday_is_that_weekday(string text, string span, string iso) =>
        Analyse.Through<DateRecognizer>(text, published: Published).Dates
            .Select(d => (d.Iso, d.IsRelative)).First().Should().Be((iso, true), span);

    [Fact]
    public void Today_alone_is_the_published_day() =>
        Analyse.Through<DateRecognizer>("The summit opened today in Tarvik.", published: Published).Dates
            .Select(d => d.Iso).Should().Equal("2024-03-08");
}
