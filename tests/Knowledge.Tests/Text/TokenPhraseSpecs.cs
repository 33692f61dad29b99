using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Text;

/// <summary>A token phrase written into a buffer is the string.Join of its words, for every prefix.</summary>
public class TokenPhraseSpecs
{
    private static readonly Doc Sample = new Tokenizer(LexiconSet.Default).Process(DocumentTextBuilder.Build(new SourceDocument(
        "phrase-sample", "Asst. Sec. Marta Q. Ilves of the U.S. Trade Office said ... nothing, Sens. Ola and Bo agreed.",
        BodyFormat.PlainText, new DocumentOrigin("phrase-sample.txt"))));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_prefix_is_the_joined_words(bool trimDots)
    {
        for (int start = 0; start < Sample.Tokens.Length; start++)
            for (int count = 1; start + count <= Sample.Tokens.Length && count <= 6; count++)
            {
                var into = new char[TokenPhrase.MaxLength(Sample, start, count)];
                var ends = new int[count];
                TokenPhrase.Join(Sample, start, count, trimDots, into, ends);
                for (int n = 1; n <= count; n++)
                {
                    var words = Enumerable.Range(start, n).Select(k => Sample.TextOf(Sample.Tokens[k])).Select(w => trimDots ? w.TrimEnd('.') : w);
                    new string(into, 0, ends[n - 1]).Should().Be(string.Join(' ', words), "from token {0}, {1} words", start, n);
                }
            }
    }

    [Fact]
    public void The_sample_has_words_that_end_in_dots_and_a_word_of_dots() =>
        Sample.Tokens.Select(t => Sample.TextOf(t)).Should().Contain(["Sec.", "U.S.", "..."]);
}
