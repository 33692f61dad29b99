using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>Source-after phrases ("according to") are found on the tokens in place, inside the bounds given.</summary>
public class SourceAfterPhraseSpecs
{
    private static readonly Doc Sample = Tokenized("The river rose, According to the Harbour Trust, by a metre. They left according");

    private static Doc Tokenized(string text) =>
        new Tokenizer(LexiconSet.Default).Process(DocumentTextBuilder.Build(new SourceDocument("phrase-sample", text, BodyFormat.PlainText, new DocumentOrigin("phrase-sample.txt"))));

    private static int IndexOf(string word) => Sample.Tokens.ToList().FindIndex(t => Sample.TextOf(t) == word);

    [Fact]
    public void A_phrase_is_found_whatever_its_case() =>
        LexiconSet.Default.Speech.SourceAfterPhraseAt(Sample, 0, Sample.Tokens.Length, IndexOf("According")).Should().Be(2);

    [Fact]
    public void A_word_that_only_begins_a_phrase_is_none() =>
        LexiconSet.Default.Speech.SourceAfterPhraseAt(Sample, 0, Sample.Tokens.Length, IndexOf("river")).Should().Be(0);

    [Fact]
    public void A_phrase_cut_by_the_end_bound_is_none() =>
        LexiconSet.Default.Speech.SourceAfterPhraseAt(Sample, 0, IndexOf("According") + 1, IndexOf("According")).Should().Be(0);

    [Fact]
    public void A_phrase_cut_by_the_end_of_the_text_is_none() =>
        LexiconSet.Default.Speech.SourceAfterPhraseAt(Sample, 0, Sample.Tokens.Length, Sample.Tokens.Length - 1).Should().Be(0);

    [Fact]
    public void The_span_of_a_token_is_its_text() =>
        Sample.Tokens.Should().OnlyContain(t => Sample.SpanOf(t).ToString() == Sample.TextOf(t) && Sample.SpanOf(t.Start, t.End).ToString() == Sample.Slice(t.Start, t.End));

    [Theory]
    [InlineData("As noted in the report, rivers rose.", 0, 3)]
    [InlineData("AS REPORTED IN the paper, rivers rose.", 0, 3)]
    [InlineData("As we noted in the report, rivers rose.", 0, 0)]
    [InlineData("Rivers rose, as explained in the report.", 3, 3)]
    [InlineData("Rivers rose, as explained in the report.", 4, 0)]
    public void Phrases_sharing_a_first_word_are_each_found(string text, int at, int expected)
    {
        var doc = Tokenized(text);
        LexiconSet.Default.Speech.SourceAfterPhraseAt(doc, 0, doc.Tokens.Length, at).Should().Be(expected);
    }

    [Fact]
    public void A_position_before_the_first_bound_is_none() =>
        LexiconSet.Default.Speech.SourceAfterPhraseAt(Sample, IndexOf("According") + 1, Sample.Tokens.Length, IndexOf("According")).Should().Be(0);
}
