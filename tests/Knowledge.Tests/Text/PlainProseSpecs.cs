using System.Text;
using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Text;

/// <summary>
/// A Markdown body of plain prose is not parsed with Markdig but split at its empty lines: the text, blocks, source
/// offsets, links, diagnostics and source map must be exactly what Markdig gives, and anything Markdig reads as markup
/// must go to Markdig.
/// </summary>
public class PlainProseSpecs
{
    public static TheoryData<string> PlainBodies() =>
    [
        "The harbour board met on Tuesday.",
        "The harbour board met on Tuesday.\n",
        "\n\nThe harbour board met on Tuesday.\n\n\n\nIts chair, Ines Marlow, said the quay would reopen.\n",
        "The board met on Tuesday\nand again on Friday.\nIt adjourned at noon.\n\nA second paragraph.",
        "“We will rebuild,” Marlow said. ‘Soon,’ she added — at 3 p.m.\n\nCosts rose 12% (to $4.5 million).",
        "AT&T and Q&A sessions; fish & chips & more: 3 > 2 but 2 - 1 = 1, 7 + 1 # 8.",
        "Ölvir Ásgeirsson spoke in Reykjavík.\n\n北京 reported 雨.\nΚαλημέρα.",
        "It said, in part: “The tide is late.”\nNo one answered!",
        "Line with inner  double  spaces and a\u00A0no-break space inside.",
        "A ladder!\n\n!Bang at the start and ~ tilde inside.\n\nA (parenthesis) and {brace} and | pipe.",
        "Ölvir said: the tide turns at 10:30, not at 9:15.\nA colon at the very end:",
        "Hotels, motels: none. A tel or a mail to: nobody; “Mailto” alone.",
    ];

    [Theory]
    [MemberData(nameof(PlainBodies))]
    public void Plain_prose_is_recognised(string body) => PlainProse.IsPlain(body).Should().BeTrue();

    [Theory]
    [MemberData(nameof(PlainBodies))]
    public void Plain_prose_reads_exactly_as_Markdig_reads_it(string body)
    {
        foreach (var origin in new[] { new DocumentOrigin("spec.md"), new DocumentOrigin("spec.jsonl", 0, 3) })
        {
            var source = new SourceDocument("spec", body, BodyFormat.Markdown, origin) { Title = "The harbour", Description = "A board meets." };

            Describe(DocumentTextBuilder.Build(source, shortcuts: true))
                .Should().Be(Describe(DocumentTextBuilder.Build(source, shortcuts: false)));
        }
    }

    [Theory]
    [InlineData("It was *very* late.")]
    [InlineData("A snake_case word.")]
    [InlineData("Run `make` now.")]
    [InlineData("See [the report].")]
    [InlineData("A ] bracket.")]
    [InlineData("An <b>html</b> tag.")]
    [InlineData("Write to desk@harbour.example today.")]
    [InlineData("A back\\slash.")]
    [InlineData("Fish &amp; chips.")]
    [InlineData("An em dash &#8212; here.")]
    [InlineData("Visit https://harbour.example today.")]
    [InlineData("Visit WWW.harbour.example today.")]
    [InlineData("Call tel:5551234 now.")]
    [InlineData("# A heading")]
    [InlineData("Text.\n> A quote.")]
    [InlineData("- An item")]
    [InlineData("+ An item")]
    [InlineData("1. An item")]
    [InlineData("2024) An item")]
    [InlineData("A title\n===")]
    [InlineData("~~~\ncode\n~~~")]
    [InlineData("    indented code")]
    [InlineData("\tindented code")]
    [InlineData("Text.\n   \nMore.")]
    [InlineData("A hard break  \nafter two spaces.")]
    [InlineData("Ends in a no-break space\u00A0\nhere.")]
    [InlineData("Windows lines.\r\nHere.")]
    [InlineData("A tab\tinside.")]
    [InlineData("A NUL \0 inside.")]
    [InlineData("\uFEFFA byte order mark.")]
    [InlineData("Call TEL:5551234 now.")]
    [InlineData("A hotel: the quay.")]
    [InlineData("Write to Mailto:desk now.")]
    [InlineData("Fetch ftp://harbour.example/x first.")]
    [InlineData("“Quoted” first, then *emphasis*.")]
    [InlineData("Café first, then a C1 \u0085 control.")]
    [InlineData("Ölvir first, then a DEL \u007F.")]
    [InlineData("Ölvir first, then a byte order mark \uFEFF.")]
    [InlineData("Ölvir first — then a tab\tinside.")]
    [InlineData("Ölvir — first, then a [link].")]
    public void Markup_goes_to_Markdig(string body) => PlainProse.IsPlain(body).Should().BeFalse();

    // Everything a document's text build produces, written out so two builds compare as strings.
    internal static string Describe(Doc doc)
    {
        var s = new StringBuilder();
        s.Append("text:").Append(doc.Text).Append('\n');
        foreach (var b in doc.Blocks)
        {
            s.Append($"block {b.Kind} {b.Start}-{b.End} {b.Field}:");
            var runs = b.SourceOffsets;
            for (int r = 0; r < runs.Count; r++) s.Append($" {runs.StartOf(r)}+{runs.LengthOf(r)}@{runs.SourceOf(r)}");
            s.Append('\n');
        }
        foreach (var l in doc.Links) s.Append($"link {l.Start}-{l.End} {l.Url}\n");
        foreach (var d in doc.Diagnostics) s.Append($"diagnostic {d}\n");
        s.Append("map:").AppendJoin(',', doc.SourceMap!.Data);
        return s.ToString();
    }
}
