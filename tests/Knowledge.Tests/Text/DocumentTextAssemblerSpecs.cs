using FluentAssertions;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Text;

public class DocumentTextAssemblerSpecs
{
    private static string Texts(DocumentTextAssembler text) => text.ToString();

    [Fact]
    public void Blocks_are_joined_by_a_blank_line_and_keep_their_offsets()
    {
        using var text = new DocumentTextAssembler(4);
        text.AddBlock(BlockKind.Title, SourceField.Title, "A title", 0);
        text.AddBlock(BlockKind.Paragraph, SourceField.Body, "Some body text.", 10);
        Texts(text).Should().Be("A title\n\nSome body text.");
        text.Blocks.Select(b => (b.Start, b.End)).Should().Equal((0, 7), (9, 24));
        text.Blocks[1].SourceOffsets[0].Should().Be(10);
    }

    [Fact]
    public void A_rented_assembler_starts_empty_even_when_it_is_the_last_one_given_back()
    {
        var first = DocumentTextAssembler.Rent(4);
        first.AddBlock(BlockKind.Title, SourceField.Title, "A title", 0);
        first.BeginBlock();
        first.Append("open block");
        first.Map.AddRange(3, 10);
        first.AddLink(0, 4, "https://harbour.example/");
        first.Dispose();

        using var second = DocumentTextAssembler.Rent(4);
        second.BlockLength.Should().Be(0);
        second.BlockLinkCount.Should().Be(0);
        second.AddBlock(BlockKind.Paragraph, SourceField.Body, "Body.", 2);
        Texts(second).Should().Be("Body.", "no separator: no block came before in this document");
        second.Blocks.Select(b => (b.Kind, b.Start, b.End)).Should().Equal((BlockKind.Paragraph, 0, 5));
        second.Blocks[0].SourceOffsets.Count.Should().Be(1);
        second.Links.Should().BeEmpty();
    }

    [Fact]
    public void Control_characters_become_spaces_and_are_trimmed_at_the_ends()
    {
        using var text = new DocumentTextAssembler(4);
        text.AddBlock(BlockKind.Paragraph, SourceField.Body, "\u0001 One\nline \u0002", 5);
        Texts(text).Should().Be("One line");
        text.Blocks[0].SourceOffsets[0].Should().Be(7, "the block starts at the first kept character");
    }

    [Fact]
    public void Every_control_character_becomes_a_space_even_after_non_ASCII_text()
    {
        // The search for controls runs in two ranges; non-ASCII letters and quotes before a control must not hide it.
        var content = "Ölvir “said”\u0085so\u007Fand\u009F—then\u0001“yes”\u001Fend";
        using var text = new DocumentTextAssembler(4);
        text.AddBlock(BlockKind.Paragraph, SourceField.Body, content, 0);
        Texts(text).Should().Be("Ölvir “said” so and —then “yes” end");
        var expected = new string(content.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        Texts(text).Should().Be(expected, "exactly the characters char.IsControl names become spaces");
    }

    [Fact]
    public void An_all_white_block_leaves_no_trace_not_even_its_separator()
    {
        using var text = new DocumentTextAssembler(4);
        text.AddBlock(BlockKind.Paragraph, SourceField.Body, "First.", 0);
        text.BeginBlock();
        text.Append(" \n\t ");
        text.Map.AddRange(7, 4);
        text.AddLink(0, 2, "https://example.org/");
        text.EndBlock(BlockKind.Paragraph, SourceField.Body);
        text.AddBlock(BlockKind.Paragraph, SourceField.Body, "Second.", 12);
        Texts(text).Should().Be("First.\n\nSecond.");
        text.Blocks.Should().HaveCount(2);
        text.Links.Should().BeEmpty();
    }

    [Fact]
    public void Links_move_with_the_trimmed_start_and_stay_inside_the_block()
    {
        using var text = new DocumentTextAssembler(4);
        text.AddBlock(BlockKind.Title, SourceField.Title, "T", 0);
        text.BeginBlock();
        text.Append("   see this  ");
        text.Map.AddRange(0, 13);
        text.AddLink(7, 11, "https://example.org/this");
        text.AddLink(0, 13, "https://example.org/all");
        text.EndBlock(BlockKind.Paragraph, SourceField.Body);
        var doc = Texts(text);
        text.Links.Select(l => doc[l.Start..l.End]).Should().Equal("this", "see this");
    }

    [Fact]
    public void A_truncated_block_forgets_its_characters_map_and_later_links()
    {
        using var text = new DocumentTextAssembler(2);
        text.BeginBlock();
        text.Append("Keep");
        text.Map.AddRange(0, 4);
        int links = text.BlockLinkCount;
        text.Append(" drop");
        text.Map.AddRange(20, 5);
        text.AddLink(4, 9, "https://example.org/img");
        text.TruncateBlock(4);
        text.RemoveLinksFrom(links);
        text.EndBlock(BlockKind.Paragraph, SourceField.Body);
        Texts(text).Should().Be("Keep");
        text.Blocks[0].SourceOffsets.Length.Should().Be(4);
        text.Links.Should().BeEmpty();
    }

    [Fact]
    public void The_buffer_grows_past_its_first_capacity()
    {
        using var text = new DocumentTextAssembler(1);
        string paragraph = string.Concat(Enumerable.Repeat("word ", 2000)).Trim();
        text.AddBlock(BlockKind.Paragraph, SourceField.Body, paragraph, 0);
        text.AddBlock(BlockKind.Paragraph, SourceField.Body, paragraph, 0);
        Texts(text).Should().Be(paragraph + "\n\n" + paragraph);
    }
}
