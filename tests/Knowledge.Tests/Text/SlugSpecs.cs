using FluentAssertions;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Text;

public class SlugSpecs
{
    [Theory]
    [InlineData("Ana María Cruz", "ana-maria-cruz")]
    [InlineData("  The  Harbor -- Trust  ", "the-harbor-trust")]
    [InlineData("O'Brien’s Straße", "obriens-strasse")]
    [InlineData("Æsir Œuvre", "aesir-oeuvre")]
    [InlineData("Ελλάδα 2024", "ελλάδα-2024")]
    [InlineData("?!", "_")]
    [InlineData("", "_")]
    public void A_name_folds_to_lower_case_words_joined_by_hyphens(string name, string slug)
    {
        Slug.Of(name).Should().Be(slug);
        Slug.Of(name.AsSpan()).Should().Be(slug);
    }

    [Fact]
    public void A_name_longer_than_the_stack_buffer_folds_whole()
    {
        string name = string.Join(" ", Enumerable.Repeat("Straße", 100));
        Slug.Of(name).Should().Be(string.Join("-", Enumerable.Repeat("strasse", 100)));
    }

    [Theory]
    [InlineData("person:", "Ana María Cruz", "", "", "person:ana-maria-cruz")]
    [InlineData("role:", "Executive Director", ":", "harbor-trust", "role:executive-director:harbor-trust")]
    [InlineData("org:", "?!", "", "", "org:_")]
    public void A_slug_is_joined_to_what_goes_before_and_after_it_in_one_string(string prefix, string name, string separator, string suffix, string joined) =>
        Slug.Concat(prefix, name, separator, suffix).Should().Be(joined);
}
