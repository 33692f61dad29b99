using FluentAssertions;
using Knowledge.Query;
using Xunit;

namespace Knowledge.Tests.Query;

/// <summary>Issue 17, item 4: an organisation's quotes take in its units (PART_OF), its members and its acronym.</summary>
public sealed class QuoteFinderOrganizationSpecs
{
    private static readonly QuoteFinder Finder = new(QuoteGraphs.NetworkWithUnits());

    private static IEnumerable<string?> SpeakersFor(string organization) =>
        Finder.Find(new QuoteQuery { Organization = organization }).Select(r => r.Speaker);

    [Fact]
    public void An_organisation_takes_in_its_units_and_their_units_through_PART_OF() =>
        SpeakersFor("Northwind Relief Network").Should().Contain(["Paul Brandt", "NRN Coastal Office", "Ines Okafor"]);

    [Fact]
    public void The_acronym_and_the_full_name_give_the_same_quotes() =>
        SpeakersFor("NRN").Should().Equal(SpeakersFor("Northwind Relief Network"));

    [Fact]
    public void A_member_of_the_organisation_speaks_for_it() =>
        SpeakersFor("Northwind Relief Network").Should().Contain("Lena Sorvik");

    [Fact]
    public void A_unit_takes_in_its_own_units_but_not_its_parent_nor_other_organisations() =>
        SpeakersFor("Coastal Office").Should().Equal("NRN Coastal Office", "Ines Okafor");

    [Fact]
    public void A_name_that_fits_no_organisation_finds_nothing() =>
        SpeakersFor("Southwind").Should().BeEmpty();
}
