using FluentAssertions;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Syntax;

/// <summary>
/// The bits the stages after the entities read instead of looking each token's text up again (issue 18, one trigger
/// scan): for each word of a sentence, whether its bit is set.
/// </summary>
public class TokenTriggerBitsSpecs
{
    private static readonly LexiconSet Lex = LexiconSet.Default;

    private static Doc Tokenized(string text) => TokenizedText.Of("trigger-bits", text);

    /// <summary>Whether the bit is set on the first token whose text is <paramref name="word"/>.</summary>
    private static bool BitOf(Doc doc, string word, TokenLexicons bit)
    {
        int i = doc.Tokens.IndexOf(doc.Tokens.First(t => doc.TextOf(t) == word));
        return doc.TokenBits(Lex).Has(i, bit);
    }

    [Theory]
    [InlineData("Two", true)]
    [InlineData("weeks", false)]
    [InlineData("ago", false)]
    [InlineData("Café", true)]
    [InlineData("board", false)]
    [InlineData("last", true)]
    [InlineData("Monday", true)]
    [InlineData("Nov", true)]
    [InlineData("2021", true)]
    [InlineData("today", true)]
    [InlineData("TODAY", true)]
    public void A_word_that_may_start_a_date_has_the_date_starter_bit(string word, bool set)
    {
        var doc = Tokenized("Two weeks ago, the Café board met last Monday in Nov 2021, and again today: TODAY.");
        BitOf(doc, word, TokenLexicons.DateStarter).Should().Be(set);
    }

    [Theory]
    [InlineData("served", true)]
    [InlineData("as", false)]
    [InlineData("mayor", false)]
    [InlineData("is", true)]
    [InlineData("Is", false)]
    [InlineData("one", true)]
    [InlineData("the", false)]
    [InlineData("founders", false)]
    public void A_word_that_opens_a_phrase_of_the_role_words_as_written_has_the_role_phrase_bit(string word, bool set)
    {
        var doc = Tokenized("Ana Cruz, who served as mayor, is one of the founders. Is it so?");
        BitOf(doc, word, TokenLexicons.RolePhraseOpener).Should().Be(set);
    }

    [Theory]
    [InlineData("released", true)]
    [InlineData("unveiled", true)]
    [InlineData("report", false)]
    [InlineData("release", false)]
    [InlineData("said", false)]
    public void A_publishing_verb_has_the_publishing_verb_bit(string word, bool set)
    {
        var doc = Tokenized("The ministry released a report and unveiled its plan before the release, she said.");
        BitOf(doc, word, TokenLexicons.PublishingVerb).Should().Be(set);
    }
}
