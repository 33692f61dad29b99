using FluentAssertions;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Text;

/// <summary>A slug written into a buffer is the slug <see cref="Slug.Of"/> returns, or nothing when it does not fit.</summary>
public class SlugSpecs
{
    [Theory]
    [InlineData("Ana María Cruz", "ana-maria-cruz")]
    [InlineData("Harbor Police – Fraud Division", "harbor-police-fraud-division")]
    [InlineData("Œuvre Straße d'Arc", "oeuvre-strasse-darc")]
    [InlineData("Jose\u0301  O’Neil", "jose-oneil")]
    [InlineData("  ...  ", "_")]
    [InlineData("", "_")]
    [InlineData("Ελλάδα 2024", "ελλάδα-2024")]
    public void A_written_slug_is_the_slug_of_the_name(string name, string slug)
    {
        Span<char> buffer = stackalloc char[64];
        int length = Slug.TryWrite(name, buffer);
        length.Should().BeGreaterThan(0);
        buffer[..length].ToString().Should().Be(slug).And.Be(Slug.Of(name));
    }

    [Fact]
    public void A_slug_longer_than_the_buffer_is_not_written()
    {
        Span<char> buffer = stackalloc char[5];
        Slug.TryWrite("Coastal Fisheries Council", buffer).Should().Be(-1);
        Slug.TryWrite("Æsir", buffer).Should().Be(5, "a ligature folds to two letters");
    }
}
