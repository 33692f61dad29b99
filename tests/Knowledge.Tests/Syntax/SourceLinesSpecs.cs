using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Syntax;

/// <summary>A line break of the source separates two tokens even where the document text joined the lines with a space.</summary>
public class SourceLinesSpecs
{
    private static Doc Tokens(string body, BodyFormat format) =>
        new Tokenizer(LexiconSet.Default).Process(DocumentTextBuilder.Build(new SourceDocument("lines", body, format, new DocumentOrigin("lines.md"))));

    private static bool BreakAfter(Doc doc, string word)
    {
        int i = doc.Tokens.IndexOf(doc.Tokens.First(t => doc.TextOf(t) == word));
        return SourceLines.BreakBetween(doc, doc.Tokens[i].End, doc.Tokens[i + 1].Start);
    }

    [Fact]
    public void A_soft_line_break_joined_by_a_space_is_still_a_break()
    {
        var doc = Tokens("Ana Reyes\nDirector of Outreach at the Harbor Trust.", BodyFormat.Markdown);

        doc.Text.Should().NotContain("\n", "the paragraph's soft break became a space");
        BreakAfter(doc, "Reyes").Should().BeTrue();
        BreakAfter(doc, "Ana").Should().BeFalse();
        BreakAfter(doc, "Director").Should().BeFalse();
    }

    [Fact]
    public void A_break_in_the_document_text_and_the_gap_between_blocks_are_breaks()
    {
        var doc = Tokens("The Harbor Trust met.\n\nAna Reyes spoke.", BodyFormat.PlainText);

        BreakAfter(doc, ".").Should().BeTrue();
        BreakAfter(doc, "Harbor").Should().BeFalse();
        SourceLines.BreakBetween(doc, 5, 5).Should().BeFalse("an empty gap holds no break");
    }

    [Fact]
    public void The_block_of_an_offset_is_the_one_the_document_finds_in_any_order_of_questions()
    {
        var first = Tokens("# The Harbor Trust\n\nAna Reyes spoke.\n\n- one item\n- another item\n\nA last line.", BodyFormat.Markdown);
        var second = Tokens("Short.\n\nThe reef bill passed.", BodyFormat.PlainText);
        var random = new Random(18);
        var asked = new List<(Doc Doc, int Offset)>();
        foreach (var doc in new[] { first, second, first })
        {
            for (int offset = -1; offset <= doc.Text.Length; offset++) asked.Add((doc, offset));
            for (int offset = doc.Text.Length; offset >= -1; offset--) asked.Add((doc, offset));
            for (int n = 0; n < 200; n++) asked.Add((doc, random.Next(-1, doc.Text.Length + 1)));
        }

        first.Blocks.Length.Should().BeGreaterThan(3);
        asked.Where(q => SourceLines.BlockIndexAt(q.Doc, q.Offset) != q.Doc.BlockIndexAt(q.Offset)).Should().BeEmpty();
    }
}
