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
}
