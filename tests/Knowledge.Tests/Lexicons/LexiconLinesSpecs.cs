using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

public class LexiconLinesSpecs
{
    private static List<string> Read(string text)
    {
        var lines = new List<string>();
        foreach (var line in new LexiconLines(text)) lines.Add(line.ToString());
        return lines;
    }

    [Fact]
    public void Every_line_comes_back_without_its_comment_and_untrimmed() =>
        Read("alpha # a note\n  beta\r\n# only a comment\n\ngamma#x").Should().Equal("alpha ", "  beta\r", "", "", "gamma");

    [Fact]
    public void A_final_line_break_leaves_one_empty_line_and_empty_text_is_one_empty_line()
    {
        Read("one\n").Should().Equal("one", "");
        Read("").Should().Equal("");
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("a\nb", 2)]
    [InlineData("a\nb\n", 3)]
    public void MostLines_counts_what_the_enumerator_can_yield(string text, int most)
    {
        LexiconLines.MostLines(text).Should().Be(most);
        Read(text).Should().HaveCount(most);
    }
}
