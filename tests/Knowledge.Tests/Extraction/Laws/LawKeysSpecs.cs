using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Extraction.Laws;
using Knowledge.Lexicons;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Extraction.Laws;

/// <summary>A law's key drops a leading article and a trailing year exactly as the patterns it replaces did.</summary>
public class LawKeysSpecs
{
    private static readonly LexiconSet Lex = LexiconSet.Default;
    private static readonly LawKeys Keys = new(Lex);

    // The patterns LawKeys used before it scanned the name's ends.
    private static readonly Regex LeadingArticle = new(
        "^" + PatternParts.Alternation(PatternParts.WithCapitalized(Lex.Entities.DefiniteArticles)) + @"\s+", RegexOptions.CultureInvariant);
    private static readonly Regex TrailingYear = new(
        @"\s+(?:" + PatternParts.Alternation(Lex.Entities.OfPrepositions) + @"\s+)?(?:19|20)\d\d$", RegexOptions.CultureInvariant);

    private static string Expected(string name) => LawKeys.Prefix + Slug.Of(TrailingYear.Replace(LeadingArticle.Replace(name, ""), ""));

    [Theory]
    [InlineData("the Clean Water Act of 2019")]
    [InlineData("The Clean Water Act  of\t2019")]
    [InlineData("Clean Water Act 2019")]
    [InlineData("Clean Water Act of 2019\n")]
    [InlineData("Clean Water Act of 2019\n\n")]
    [InlineData("Clean Water Act of 1899")]
    [InlineData("Clean Water Act of 2019a")]
    [InlineData("Clean Water Act of2019")]
    [InlineData("Clean Water Actof 2019")]
    [InlineData("of 2019")]
    [InlineData(" 2019")]
    [InlineData("2019")]
    [InlineData("the  2019")]
    [InlineData("the")]
    [InlineData("the ")]
    [InlineData("theater Act")]
    [InlineData("THE Act of 2020")]
    [InlineData("Act of ٢٠١٩")]
    [InlineData("Act 20١٩")]
    [InlineData("Act\u00A0of\u2003 2021")]
    [InlineData("")]
    public void The_key_is_the_one_the_article_and_year_patterns_gave(string name) =>
        Keys.Of(name).Should().Be(Expected(name));

    [Fact]
    public void A_leading_article_and_a_trailing_year_are_left_out_of_the_key() =>
        Keys.Of("the Clean Water Act of 2019").Should().Be("law-clean-water-act");
}
