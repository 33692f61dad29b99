using FluentAssertions;
using Knowledge.Query;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Query;

public class QuoteFinderSpecs
{
    private static readonly QuoteFinder Finder = new(QuoteGraphs.TwoYearsOfQuotes());

    private static IEnumerable<string> Texts(QuoteQuery q) => Finder.Find(q).Select(r => r.Text[..20]);

    [Fact]
    public void An_empty_query_returns_every_quote_ordered_by_date_with_undated_ones_last()
    {
        Finder.Find(new QuoteQuery()).Select(r => r.Date?.Iso ?? "none").Should()
            .Equal("2021-04-02", "2022-10", "2022-10-03", "2023-01-20", "2023-01-20", "none");
    }

    [Fact]
    public void A_speaker_is_found_by_surname_alias_or_honorific_and_surname()
    {
        Finder.Find(new QuoteQuery { Speaker = "Dr. Ferreira" }).Select(r => r.Speaker).Distinct()
            .Should().Equal("Marisol Ferreira", "Tomás Ferreira Ruiz");
        Finder.Find(new QuoteQuery { Speaker = "marisol ferreira" }).Should().HaveCount(3).And.OnlyContain(r => r.Speaker == "Marisol Ferreira");
    }

    [Fact]
    public void Accents_and_case_are_folded_but_whole_words_are_required()
    {
        Finder.Find(new QuoteQuery { Speaker = "TOMAS" }).Should().ContainSingle(r => r.Speaker == "Tomás Ferreira Ruiz");
        Finder.Find(new QuoteQuery { Speaker = "Ferr" }).Should().BeEmpty();
    }

    [Fact]
    public void The_role_is_the_one_given_in_the_same_document_else_the_latest_before_the_quote()
    {
        var all = Finder.Find(new QuoteQuery { Speaker = "Marisol Ferreira" });
        all.Single(r => r.DocumentId == "spring").Role.Should().Be(new SpeakerRole("Program Officer", "River Council"));
        all.Single(r => r.DocumentId == "autumn").Role.Should().Be(new SpeakerRole("Executive Director", "Harbor Literacy Foundation"));
        all.Single(r => r.DocumentId == "winter").Role.Should().Be(new SpeakerRole("Executive Director", "Harbor Literacy Foundation"));
    }

    [Fact]
    public void An_organisation_matches_its_own_quotes_and_those_of_people_holding_a_role_there_at_the_time() =>
        Finder.Find(new QuoteQuery { Organization = "HLF" }).Select(r => r.Speaker).Should()
            .Equal("Harbor Literacy Foundation", "Marisol Ferreira", "Marisol Ferreira");

    [Fact]
    public void About_follows_ABOUT_edges_by_any_name_of_the_entity()
    {
        Texts(new QuoteQuery { About = "CRA" }).Should().Equal("Rivers belong to the");
        Texts(new QuoteQuery { About = "river council" }).Should().Equal("Reading is how a tow");
    }

    [Fact]
    public void A_date_range_keeps_quotes_with_any_day_inside_it_and_drops_undated_ones()
    {
        Finder.Find(new QuoteQuery { From = new DateOnly(2022, 10, 15), To = new DateOnly(2022, 12, 31) })
            .Select(r => r.Date!.Value.Iso).Should().Equal("2022-10");
        Finder.Find(new QuoteQuery { From = new DateOnly(2023, 1, 1) }).Should().HaveCount(2);
    }

    [Fact]
    public void A_reversed_date_range_is_an_argument_error_naming_both_dates()
    {
        var find = () => Finder.Find(new QuoteQuery { From = new DateOnly(2023, 1, 1), To = new DateOnly(2022, 12, 31) });
        find.Should().Throw<ArgumentException>().WithMessage("*From 2023-01-01 is after To 2022-12-31*");
    }

    [Fact]
    public void Free_text_kind_and_the_date_source_are_reported()
    {
        var r = Finder.Find(new QuoteQuery { Text = "library card", Kind = QuoteKind.Direct }).Should().ContainSingle().Subject;
        r.DateSource.Should().Be("explicit");
        r.DocumentTitle.Should().Be("The autumn story");
        r.Spans.Should().ContainSingle().Which.Start.Should().Be(200);
        Finder.Find(new QuoteQuery { Kind = QuoteKind.Indirect }).Should().ContainSingle().Which.Speaker.Should().Be("Harbor Literacy Foundation");
    }

    [Fact]
    public void A_quote_without_a_speaker_keeps_none()
    {
        var r = Finder.Find(new QuoteQuery { Text = "bridge would close" }).Should().ContainSingle().Subject;
        r.Speaker.Should().BeNull();
        r.Role.Should().BeNull();
    }

    [Theory]
    [InlineData("2016", "2016-01-01", "2016-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2022-11-02", "2022-11-02", "2022-11-02")]
    public void Partial_dates_stand_for_their_whole_interval(string iso, string first, string last)
    {
        PartialDate.TryParse(iso, out var d).Should().BeTrue();
        d.First.Should().Be(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        d.Last.Should().Be(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("22-11-02")]
    [InlineData("2022-13")]
    [InlineData("next week")]
    [InlineData("")]
    public void Other_date_forms_are_refused(string text) => PartialDate.TryParse(text, out _).Should().BeFalse();
}
