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

/// <summary>Lines read from a reader a few characters at a time, or from UTF-8 bytes a buffer at a time, are the lines of the whole text.</summary>
public class LexiconStreamedLinesSpecs
{
    // A reader that gives at most a few characters a call, as a stream's decoder may.
    private sealed class Trickle(string text, int most) : TextReader
    {
        private int _at;

        public override int Read(char[] buffer, int index, int count)
        {
            int n = Math.Min(Math.Min(count, most), text.Length - _at);
            text.CopyTo(_at, buffer, index, n);
            _at += n;
            return n;
        }
    }

    private static List<string> Read(LexiconLines lines)
    {
        var read = new List<string>();
        foreach (var line in lines) read.Add(line.ToString());
        return read;
    }

    private static readonly string Long = "alpha # note\n" + new string('x', 10_000) + "#tail\n\n  beta\r\nlast";

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(5000)]
    public void Lines_read_in_pieces_are_the_lines_of_the_whole_text(int piece) =>
        Read(new LexiconLines(new Trickle(Long, piece))).Should().Equal(Read(new LexiconLines(Long)));

    [Fact]
    public void Utf8_bytes_decode_as_the_whole_text_decodes_them_across_buffers()
    {
        var bytes = new List<byte>();
        for (int i = 0; i < 3000; i++) bytes.AddRange(System.Text.Encoding.UTF8.GetBytes($"Zoë {i} 😀 São\n"));
        bytes.AddRange([0xC3, 0x28, (byte)'\n', 0xF0, 0x9F]); // invalid and cut-off sequences become U+FFFD
        var whole = System.Text.Encoding.UTF8.GetString([.. bytes]);
        using var stream = new MemoryStream([.. bytes]);
        Read(new LexiconLines(LexiconLoader.Decode(stream))).Should().Equal(Read(new LexiconLines(whole)));
    }
}
