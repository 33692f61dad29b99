using FluentAssertions;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Text;

/// <summary>Slugs: names folded to lower-case words joined by hyphens, as a string or written into a buffer (the same slug, or nothing when it does not fit).</summary>
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

    [Fact]
    public void Every_ascii_character_between_two_letters_is_kept_lowered_dropped_or_a_word_break_as_the_unicode_rule_says()
    {
        // The ASCII shortcut against the rule it stands for: letters and digits kept lower-cased, an apostrophe
        // dropped, anything else a break between words (char's own tests as the oracle, for all 128 characters).
        for (char c = '\0'; c < 128; c++)
        {
            string expected = char.IsLetterOrDigit(c) ? $"x{char.ToLowerInvariant(c)}y" : c == '\'' ? "xy" : "x-y";
            Slug.Of($"x{c}y").Should().Be(expected, $"U+{(int)c:X4}");
            Slug.Of($"X{c}Y").Should().Be(expected, $"U+{(int)c:X4} between capitals");
        }
    }
}
