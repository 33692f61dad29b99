using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;
using static Knowledge.Tests.Text.TextSpec;

namespace Knowledge.Tests.Text;

/// <summary>
/// The tokenizer tries a URL only at "h" or "w" and an e-mail address only with an "@" within 64 characters (issue 18
/// item 7): properties that no URL or address starts anywhere else, and the addresses at the edge of that window.
/// </summary>
public sealed class TokenizerShortcutSpecs
{
    private static readonly string[] Pieces =
    [
        "a", "b", "Z", "h", "H", "w", "W", "http://", "HTTPS://", "www.", "WwW.", "@", "@", "x.org", ".", "-", "_", "%", "+", " ",
        "\n", "é", "Ω", "ß", "ı", "İ", "K", "ſ", "\u0301", "😀", "9", "١", "user", "mail@host.example",
    ];

    /// <summary>Text of the characters that URLs and e-mail addresses are made of, ASCII and not.</summary>
    public static Arbitrary<string> Webby() => Gen.ListOf(Gen.Elements(Pieces)).Select(string.Concat).ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(TokenizerShortcutSpecs)])]
    public void A_url_starts_only_at_h_or_w(string text)
    {
        for (int i = 0; i < text.Length; i++)
            if (WebAddresses.StartsUrl(text, i, text.Length)) text[i].Should().BeOneOf('h', 'H', 'w', 'W');
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(TokenizerShortcutSpecs)])]
    public void An_email_address_starts_only_within_64_characters_of_an_at_sign(string text)
    {
        for (int i = 0; i < text.Length; i++)
            if (WebAddresses.EmailLength(text, i, text.Length) > 0)
                text.IndexOf('@', i, Math.Min(64, text.Length - i)).Should().BeGreaterThanOrEqualTo(0);
    }

    [Theory]
    [InlineData(62)]
    [InlineData(63)]
    public void An_address_whose_at_sign_is_within_64_characters_is_one_token(int localLength)
    {
        string address = new string('a', localLength) + "@example.org";
        Kinds($"Write to {address} or to x@y.org today.").Where(k => k.Kind == TokenKind.Email).Select(k => k.Text)
            .Should().Equal(address, "x@y.org");
    }

    [Fact]
    public void A_local_part_of_64_characters_is_no_address() =>
        Kinds($"Write to {new string('a', 64)}@example.org today.").Should().NotContain(k => k.Kind == TokenKind.Email);

    [Fact]
    public void Addresses_in_later_blocks_are_found_after_one_without_any()
    {
        var doc = Analyse("No address here at all.\n\nMail ana@example.org and\n\nben@example.org now.");
        doc.Tokens.Where(t => t.Kind == TokenKind.Email).Select(doc.TextOf).Should().Equal("ana@example.org", "ben@example.org");
    }
}
