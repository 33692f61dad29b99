using System.Runtime.CompilerServices;
using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Syntax;

/// <summary>A token's kind and whether a space follows it are stored together, yet read and set independently.</summary>
public class TokenSpecs
{
    [Theory]
    [InlineData(TokenKind.Word)]
    [InlineData(TokenKind.Terminal)]
    [InlineData(TokenKind.Symbol)]
    public void Kind_and_SpaceAfter_are_set_and_read_independently(TokenKind kind)
    {
        var token = new Token(3, 8, kind);
        token.Kind.Should().Be(kind);
        token.SpaceAfter.Should().BeFalse();

        var spaced = token with { SpaceAfter = true };
        spaced.Kind.Should().Be(kind);
        spaced.SpaceAfter.Should().BeTrue();
        (spaced with { Kind = TokenKind.Quote }).Should().Be(new Token(3, 8, TokenKind.Quote) { SpaceAfter = true });
        (spaced with { SpaceAfter = false }).Should().Be(token);
    }

    [Fact]
    public void Tokens_that_differ_only_in_the_space_after_them_are_not_equal() =>
        new Token(0, 4, TokenKind.Word).Should().NotBe(new Token(0, 4, TokenKind.Word) { SpaceAfter = true });

    [Fact]
    public void A_token_takes_three_numbers() => Unsafe.SizeOf<Token>().Should().Be(12);

    [Fact]
    public void A_default_token_is_an_empty_word_without_a_space() =>
        default(Token).Should().Be(new Token(0, 0, TokenKind.Word));
}
