using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;
using static Knowledge.Tests.Text.TextSpec;

namespace Knowledge.Tests.Text;

/// <summary>
/// Blocks map their characters to the source as runs built while they are read (issue 18 item 7): each character
/// maps where the per-character map put it, and the document's source map holds the runs the per-character map was
/// compressed into, split at the file's line starts.
/// </summary>
public sealed class BlockSourceRunsSpecs
{
    private static int[] Offsets(Block block) => Enumerable.Range(0, block.Length).Select(i => block.SourceOffsets[i]).ToArray();

    // The source map as it was built from a per-character map: a run ends where an offset does not follow the previous
    // one or, in a file, where a line starts.
    private static int[] PerCharacterSourceMap(Doc doc)
    {
        var source = doc.Source;
        bool isFile = source.Origin.RecordIndex is null;
        var lines = isFile ? new LineMap(source.Body) : null;
        var data = new List<int>();
        foreach (var b in doc.Blocks)
        {
            bool inFile = isFile && b.Field == SourceField.Body;
            var offsets = Offsets(b);
            int run = 0;
            for (int i = 1; i <= b.Length; i++)
            {
                if (i < b.Length && offsets[i] == offsets[i - 1] + 1 && !(inFile && lines!.IsLineStart(offsets[i]))) continue;
                int from = offsets[run], line = 0, column = 0;
                if (inFile)
                {
                    (line, column) = lines!.Locate(from);
                    line += source.Origin.BodyLine - 1;
                    from += source.Origin.BodyOffset;
                }
                data.AddRange([b.Start + run, i - run, (int)b.Field, from, line, column]);
                run = i;
            }
        }
        return [.. data];
    }

    [Fact]
    public void Markdown_inline_markup_entities_and_escapes_map_each_character_to_its_source_character()
    {
        const string body = "# Big *news*\r\n\r\nA &amp; B \\* C [link](http://x.org) end.";
        var doc = DocumentTextBuilder.Build(Markdown(body));
        doc.Blocks.Select(b => doc.Slice(b.Start, b.End)).Should().Equal("Big news", "A & B * C link end.");
        Offsets(doc.Blocks[0]).Should().Equal(2, 3, 4, 5, 7, 8, 9, 10);
        Offsets(doc.Blocks[1]).Should().Equal(16, 17, 18, 23, 24, 25, 27, 28, 29, 30, 32, 33, 34, 35, 51, 52, 53, 54, 55);
        doc.SourceMap!.Data.Should().Equal(PerCharacterSourceMap(doc));
    }

    [Fact]
    public void A_file_body_after_front_matter_with_crlf_soft_breaks_has_the_runs_of_the_per_character_map()
    {
        const string body = "First *line* &quot;here&quot;\r\nand the second\r\nthird, a ![pic](p.png) gone.\r\n\r\n- item one\r\n  more";
        var source = Markdown(body) with { Origin = new DocumentOrigin("a.md") { BodyOffset = 22, BodyLine = 4 }, Title = "Title\r\nline" };
        var doc = DocumentTextBuilder.Build(source);
        doc.SourceMap!.Data.Should().Equal(PerCharacterSourceMap(doc));
        var paragraph = doc.Blocks.Single(b => b.Kind == BlockKind.Paragraph);
        doc.SourceMap.Locate(paragraph.Start, paragraph.End)!.Value.Line.Should().Be(4);
        // The soft break's CRLF splits the run: "here\"" ends on line 4, "and" starts line 5 at column 1.
        int and = doc.Text.IndexOf("and the", StringComparison.Ordinal);
        var span = doc.SourceMap.Locate(and, and + 3)!.Value;
        (span.Line, span.Column, span.Start).Should().Be((5, 1, 22 + body.IndexOf("and the", StringComparison.Ordinal)));
    }

    [Fact]
    public void Plain_text_paragraphs_and_fields_map_as_one_run_per_line()
    {
        const string body = "  One line\r\ntwo line\rthree\n\n\tLast one ";
        var source = Plain(body) with { Origin = new DocumentOrigin("a.txt") { BodyOffset = 9, BodyLine = 3 }, Description = " desc\nmore " };
        var doc = DocumentTextBuilder.Build(source);
        doc.SourceMap!.Data.Should().Equal(PerCharacterSourceMap(doc));
        Offsets(doc.Blocks[1]).Should().Equal(Enumerable.Range(2, "One line\r\ntwo line\rthree".Length));
    }

    [Fact]
    public void Records_of_a_json_lines_file_map_to_their_fields_without_lines()
    {
        var source = Markdown("Para *one*\n\nPara &amp; two") with { Origin = new DocumentOrigin("a.jsonl", 3, 4), Title = "T" };
        var doc = DocumentTextBuilder.Build(source);
        doc.SourceMap!.Data.Should().Equal(PerCharacterSourceMap(doc));
        doc.SourceMap.Data.Where((_, i) => i % 6 == 4).Should().OnlyContain(line => line == 0);
    }
}
