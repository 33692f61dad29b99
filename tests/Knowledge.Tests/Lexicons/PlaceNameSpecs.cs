using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>A place is a gazetteer entry (ISO 3166 countries and subdivisions) or a proper name with a designator.</summary>
public class PlaceNameSpecs
{
    private static readonly NameLexicons Names = LexiconSet.Default.Names;

    [Theory]
    [InlineData("Queensland")]
    [InlineData("Nairobi")]
    [InlineData("California")]
    [InlineData("South Korea")]
    [InlineData("Russia")]
    [InlineData("Dorvale City")]
    [InlineData("Upper Marsh County")]
    [InlineData("Kelloway Province")]
    public void Gazetteer_entries_and_designated_names_are_places(string name) => Names.IsPlace(name).Should().BeTrue();

    [Theory]
    [InlineData("City")]
    [InlineData("the city")]
    [InlineData("Harbor Trust")]
    [InlineData("HARBOR City")]
    [InlineData("One Two Three Four City")]
    public void A_designator_alone_or_other_names_are_not_places(string name) => Names.IsPlace(name).Should().BeFalse();
}
