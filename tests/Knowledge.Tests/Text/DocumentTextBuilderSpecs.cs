using FluentAssertions;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;
using static Knowledge.Tests.Text.TextSpec;

namespace Knowledge.Tests.Text;

public class DocumentTextBuilderSpecs
{
    private static (BlockKind Kind, string Text)[] Blocks(Doc doc) =>
        doc.Blocks.Select(b => (b.Kind, doc.Slice(b.Start, b.End))).ToArray();

    private static (BlockKind Kind, string Text)[] MarkdownBlocks(string markdown) =>
        Blocks(DocumentTextBuilder.Build(Markdown(markdown)));

    [Fact]
    public void Markdown_paragraphs_are_blocks() =>
        MarkdownBlocks("One line\nand more.\n\nSecond one.").Should().Equal(
            (BlockKind.Paragraph, "One line and more."), (BlockKind.Paragraph, "Second one."));

    [Fact]
    public void Markdown_headings_are_heading_blocks() =>
        MarkdownBlocks("# Big news\n\nText.\n\nSub title\n---------").Should().Equal(
            (BlockKind.Heading, "Big news"), (BlockKind.Paragraph, "Text."), (BlockKind.Heading, "Sub title"));

    [Fact]
    public void Markdown_block_quote_paragraphs_are_block_quote_blocks() =>
        MarkdownBlocks("> Quoted words\n> go on.\n>\n> Again.").Should().Equal(
            (BlockKind.BlockQuote, "Quoted words go on."), (BlockKind.BlockQuote, "Again."));

    [Fact]
    public void Markdown_list_items_are_list_item_blocks() =>
        MarkdownBlocks("- first item\n- second item\n\n1. numbered").Should().Equal(
            (BlockKind.ListItem, "first item"), (BlockKind.ListItem, "second item"), (BlockKind.ListItem, "numbered"));

    [Fact]
    public void Markdown_emphasis_is_stripped() =>
        MarkdownBlocks("It is *very* **big** and ***bold***.").Should().Equal((BlockKind.Paragraph, "It is very big and bold."));

    [Fact]
    public void Markdown_link_text_is_kept_and_its_url_recorded()
    {
        var doc = DocumentTextBuilder.Build(Markdown("Read [the report](https://example.org/r) now."));
        doc.Text.Should().Be("Read the report now.");
        doc.Links.Should().ContainSingle();
        var link = doc.Links[0];
        link.Url.Should().Be("https://example.org/r");
        doc.Slice(link.Start, link.End).Should().Be("the report");
    }

    [Fact]
    public void Markdown_link_offsets_account_for_earlier_blocks()
    {
        var doc = DocumentTextBuilder.Build(Markdown("Intro.\n\n  Then [*this*](https://example.org/t).") with { Title = "A title" });
        doc.Links.Should().ContainSingle();
        doc.Slice(doc.Links[0].Start, doc.Links[0].End).Should().Be("this");
    }

    [Fact]
    public void Markdown_autolink_is_text_and_a_link()
    {
        var doc = DocumentTextBuilder.Build(Markdown("See <https://example.org/a> today."));
        doc.Text.Should().Be("See https://example.org/a today.");
        doc.Links.Should().ContainSingle().Which.Url.Should().Be("https://example.org/a");
        doc.Slice(doc.Links[0].Start, doc.Links[0].End).Should().Be("https://example.org/a");
    }

    [Fact]
    public void Markdown_images_are_dropped()
    {
        var doc = DocumentTextBuilder.Build(Markdown("Before ![a photo of a boat](boat.png) after."));
        doc.Text.Should().Be("Before  after.");
        doc.Links.Should().BeEmpty();
    }

    [Fact]
    public void Markdown_image_only_paragraph_makes_no_block() =>
        MarkdownBlocks("![photo](p.jpg)\n\nText.").Should().Equal((BlockKind.Paragraph, "Text."));

    [Fact]
    public void Markdown_html_entities_are_decoded() =>
        MarkdownBlocks("Law &amp; order &ndash; &quot;now&quot; &eacute;t&eacute; &#8217;").Should().Equal(
            (BlockKind.Paragraph, "Law & order – \"now\" été ’"));

    [Fact]
    public void Markdown_escapes_are_removed() =>
        MarkdownBlocks(@"Not \*emphasis\* and 5 \# tag").Should().Equal((BlockKind.Paragraph, "Not *emphasis* and 5 # tag"));

    [Fact]
    public void Markdown_code_blocks_and_html_blocks_are_dropped() =>
        MarkdownBlocks("Text.\n\n```\ncode here\n```\n\n<div>\nraw\n</div>\n\nMore.").Should().Equal(
            (BlockKind.Paragraph, "Text."), (BlockKind.Paragraph, "More."));

    [Fact]
    public void Title_description_and_caption_come_first()
    {
        var source = Plain("Body text.") with { Title = "The title", Description = "The summary", ImageCaption = "The caption" };
        Blocks(DocumentTextBuilder.Build(source)).Should().Equal(
            (BlockKind.Title, "The title"), (BlockKind.Description, "The summary"), (BlockKind.ImageCaption, "The caption"),
            (BlockKind.Paragraph, "Body text."));
    }

    [Fact]
    public void Blocks_are_joined_by_a_blank_line() =>
        DocumentTextBuilder.Build(Plain("One.\n\nTwo.") with { Title = "T" }).Text.Should().Be("T\n\nOne.\n\nTwo.");

    [Fact]
    public void Empty_fields_make_no_block() =>
        DocumentTextBuilder.Build(Plain("  \n\n ") with { Title = " ", Description = "" }).Blocks.Should().BeEmpty();

    [Theory]
    [InlineData("One\ntwo\n\nThree", "One two")]
    [InlineData("One\r\ntwo\r\n\r\nThree", "One  two")]
    [InlineData("One\rtwo\r\rThree", "One two")]
    [InlineData("One\ntwo\n \t \nThree\n", "One two")]
    public void Plain_text_paragraphs_split_on_blank_lines(string body, string first)
    {
        // Line breaks inside a paragraph become spaces one for one, so a CRLF becomes two spaces.
        var doc = DocumentTextBuilder.Build(Plain(body));
        Blocks(doc).Should().Equal((BlockKind.Paragraph, first), (BlockKind.Paragraph, "Three"));
        SourceMapMismatch(doc).Should().BeNull();
    }

    [Fact]
    public void Plain_text_source_offsets_point_at_the_body()
    {
        var doc = DocumentTextBuilder.Build(Plain("  Hello\r\n\r\n  World  "));
        doc.ToSource(doc.Text.IndexOf('W')).Should().Be((SourceField.Body, 13));
    }

    [Fact]
    public void Markdown_source_offsets_map_every_letter_back_to_the_source()
    {
        const string markdown =
            "# The *big* story\n\n"
            + "Officials said **three** things &amp; more about [the new law](https://example.org/law \"Law\") on Monday.\n"
            + "A second line with `code words` and \\*escaped\\* text.\n\n"
            + "> A quoted _passage_ here,\n> over two lines.\n\n"
            + "- First **item** &quot;quoted&quot;\n"
            + "- Second item with <https://example.org/auto>\n"
            + "  1. Nested *list* item\n\n"
            + "Closing paragraph  \nafter a hard break, with ![an image](i.png) and *emphasis*.";
        var source = Markdown(markdown) with { Title = "Title *as* written", Description = "  Padded summary\nline" };
        var doc = DocumentTextBuilder.Build(source);
        doc.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Title, BlockKind.Description, BlockKind.Heading, BlockKind.Paragraph,
            BlockKind.BlockQuote, BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph);
        SourceMapMismatch(doc).Should().BeNull();
        doc.Links.Select(l => doc.Slice(l.Start, l.End)).Should().Equal("the new law", "https://example.org/auto");
    }

    /// <summary>The first letter of the doc whose source offset does not point at the same letter, or null.</summary>
    private static string? SourceMapMismatch(Doc doc)
    {
        foreach (var block in doc.Blocks)
        {
            block.SourceOffsets.Length.Should().Be(block.Length);
            string field = block.Field switch
            {
                SourceField.Title => doc.Source.Title!,
                SourceField.Description => doc.Source.Description!,
                SourceField.ImageCaption => doc.Source.ImageCaption!,
                _ => doc.Source.Body,
            };
            for (int i = 0; i < block.Length; i++)
            {
                char c = doc.Text[block.Start + i];
                if (!char.IsLetter(c)) continue;
                int at = block.SourceOffsets[i];
                if (at < 0 || at >= field.Length || field[at] != c)
                    return $"'{c}' at {block.Start + i} in \"{doc.Slice(block.Start, block.End)}\" maps to {at}";
            }
        }
        return null;
    }
}
