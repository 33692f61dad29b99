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

    [Theory]
    [InlineData("Dorvale City")]
    [InlineData("Upper Marsh County")]
    [InlineData("Upper  Marsh County")]
    [InlineData(" Marsh County")]
    [InlineData("Marsh County ")]
    [InlineData("A Marsh County")]
    [InlineData("Upper Marsh Bay Dell County")]
    [InlineData("Upper Marsh Bay County")]
    [InlineData("Upper marsh County")]
    [InlineData("Upper Marsh-Bay County")]
    [InlineData("Queensland")]
    [InlineData("County")]
    [InlineData("")]
    public void A_place_read_from_a_span_is_the_place_read_from_the_string(string name)
    {
        var words = name.Split(' ');
        bool expected = Names.Places.Contains(name) || words.Length is >= 2 and <= 4 && Names.PlaceDesignators.Contains(words[^1])
            && words[..^1].All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower));
        Names.IsPlace(("<" + name + ">").AsSpan(1, name.Length)).Should().Be(expected);
        Names.IsPlace(name).Should().Be(expected);
    }
}
