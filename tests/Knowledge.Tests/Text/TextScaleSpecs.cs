using FluentAssertions;
using Knowledge.Syntax;
using Xunit;
using static Knowledge.Tests.Text.TextSpec;

namespace Knowledge.Tests.Text;

/// <summary>
/// Inputs large enough that anything quadratic in the tokenizer or splitter would not finish in a test run.
/// They assert on results, not on time.
/// </summary>
public class TextScaleSpecs
{
    [Fact]
    public void Single_sentence_of_100000_tokens_is_one_sentence()
    {
        var text = string.Concat(Enumerable.Repeat("word, ", 50_000)) + "end.";
        var doc = Analyse(text);
        doc.Tokens.Should().HaveCount(100_002);
        doc.Sentences.Should().ContainSingle();
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ab.")]
    [InlineData("ab.c-")]
    [InlineData("x@y.")]
    [InlineData("a.b.")]
    [InlineData("'a")]
    [InlineData("1,2")]
    [InlineData("\"")]
    [InlineData("😀")]
    public void Five_megabyte_line_without_spaces_tokenizes(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 5_000_000 / unit.Length));
        var tokens = TheTokenizer.Tokenize(text);
        tokens.Should().NotBeEmpty();
        tokens[^1].End.Should().Be(text.Length);
        for (int i = 1; i < tokens.Count; i++)
            if (tokens[i].Start != tokens[i - 1].End) Assert.Fail($"gap at {i}");
    }

    [Fact]
    public void Five_megabyte_url_is_one_token()
    {
        var text = "https://example.org/" + new string('x', 5_000_000);
        TheTokenizer.Tokenize(text).Should().ContainSingle().Which.Kind.Should().Be(TokenKind.Url);
    }

    [Fact]
    public void Many_sentences_split_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("Dr. Cruz met Sen. Reyes at 3.5 p.m. on Sept. 7. They spoke. ", 20_000));
        Analyse(text).Sentences.Should().HaveCount(40_000);
    }
}
