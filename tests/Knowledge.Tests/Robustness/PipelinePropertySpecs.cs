using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowledge.Ingestion;
using Knowledge.Syntax;
using Knowledge.Tests.Ingestion;
using Xunit;
using static Knowledge.Tests.Robustness.RobustRun;

namespace Knowledge.Tests.Robustness;

/// <summary>
/// Properties over random text (issue 8): the pipeline never throws, every span lies inside its document, offsets map
/// back to the source, output is deterministic and GraphML is always well-formed. Sizes and counts are bounded so the
/// whole class runs in seconds.
/// </summary>
public sealed class PipelinePropertySpecs
{
    private static readonly string[] Pieces =
    [
        "Ana", "Cruz", "Maria", "Reyes", "Senator", "Director", "Mayor", "of", "the", "Harbour", "Trust", "Council",
        "said", "told", "added", "according to", "Republic Act No. 1234", "H.R. 77", "Anti-Fraud law", "March 3, 2021",
        "last week", "on Monday", "2024-05-06", "(ABC)", "ABC", "Inc.", "Jr.", "Dr.", "Mr.", "’s", "'s",
        " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", ".", ",", ";", ":", "!", "?", "-", "–", "—", "(", ")", "[", "]",
        "\"", "“", "”", "‘", "’", "«", "»", "'", "*", "**", "_", "#", "> ", "- ", "1. ", "`", "<b>", "&amp;", "\\",
        "[a](http://x.example/r)", "https://example.org/a-b", "@user", "e-mail@x.org", "😀", "👩‍🔬", "\u0301", "\u200B", "\uFEFF",
        "\u0000", "\u0007", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "Ωmega", "Анна", "王小明", "ليلى", "अनिका",
    ];

    /// <summary>Text built from pieces that exercise every component, including broken Unicode and control characters.</summary>
    public static Arbitrary<string> Newsy() =>
        Gen.ListOf(Gen.Elements(Pieces).SelectMany(p => Gen.Elements(" ", "", " ", "\n").Select(gap => p + gap))).Select(string.Concat).ToArbitrary();

    private static SourceDocument Doc(string body, bool markdown, string id = "p") =>
        new(id, body, markdown ? BodyFormat.Markdown : BodyFormat.PlainText, new DocumentOrigin(id + ".txt")) { Title = body.Length > 40 ? body[..40] : body };

    [Property(MaxTest = 150, EndSize = 60, Arbitrary = [typeof(PipelinePropertySpecs)])]
    public void The_pipeline_never_throws_and_every_span_lies_inside_its_document(string text, bool markdown)
    {
        var doc = RobustRun.Pipeline.Process(Doc(text, markdown));
        Assert.Null(BrokenSpan(doc));
    }

    [Property(MaxTest = 100, EndSize = 200)]
    public void Any_unicode_string_is_analysed_and_exported_as_well_formed_graphml_and_json(string? text, bool markdown)
    {
        Analyse([Doc(text ?? "", markdown)]);
    }

    [Property(MaxTest = 100, EndSize = 60, Arbitrary = [typeof(PipelinePropertySpecs)])]
    public void Offsets_map_back_to_the_source_text(string text, bool markdown)
    {
        var source = Doc(text, markdown);
        var doc = RobustRun.Pipeline.Process(source);
        foreach (var block in doc.Blocks)
        {
            string field = block.Field switch
            {
                SourceField.Title => source.Title!,
                SourceField.Body => source.Body,
                _ => throw new InvalidOperationException(block.Field.ToString()),
            };
            int previous = -1;
            for (int o = block.Start; o < block.End; o++)
            {
                (SourceField f, int at) = doc.ToSource(o)!.Value;
                Assert.Equal(block.Field, f);
                Assert.InRange(at, 0, field.Length - 1);
                Assert.True(at >= previous, $"offset {o} maps back before offset {o - 1}");
                previous = at;
                // Plain text and titles are copied character for character; control characters become spaces.
                if (!markdown || block.Field != SourceField.Body)
                    Assert.True(doc.Text[o] == field[at] || (char.IsControl(field[at]) && doc.Text[o] == ' '), $"offset {o}: '{doc.Text[o]}' is '{field[at]}' in the source");
            }
        }
        foreach (var e in doc.Entities)
            Assert.NotNull(doc.ToSource(e.Start));
    }

    [Property(MaxTest = 40, EndSize = 40, Arbitrary = [typeof(PipelinePropertySpecs)])]
    public void Output_is_deterministic_whatever_the_order_and_parallelism(string a, string b, string c)
    {
        var docs = new[] { Doc(a, true, "a"), Doc(b, false, "b"), Doc(c, true, "c") };
        var first = RobustRun.Pipeline.Run(docs, maxDegreeOfParallelism: 1);
        var second = RobustRun.Pipeline.Run(docs.Reverse(), maxDegreeOfParallelism: 3);
        Assert.Equal(ParseJson(first.Graph), ParseJson(second.Graph));
        Assert.Equal(ParseGraphMl(first.Graph), ParseGraphMl(second.Graph));
    }

    [Property(MaxTest = 60, EndSize = 80)]
    public void Loading_any_bytes_in_any_format_never_throws(byte[] bytes, string? text)
    {
        using var dir = new TempDir();
        var inputs = new[] { ".json", ".jsonl", ".md", ".txt" }.SelectMany(ext => new[]
        {
            dir.WriteBytes("bytes" + ext, bytes),
            dir.Write("text" + ext, text ?? ""),
            dir.Write("records" + ext, RecordsExport(Record("good", "Ana Cruz said so."), text ?? "")),
        }).ToList();

        var load = DocumentLoader.Load(inputs);

        // The good record survives whatever follows it, unless the garbage made the whole file binary (reported by name).
        var records = inputs.Single(p => p.EndsWith("records.json", StringComparison.Ordinal));
        bool binary = load.Diagnostics.Any(d => d.Path == records && d.Message.Contains("binary file", StringComparison.Ordinal));
        Assert.True(binary || load.Documents.Any(d => d.Id == "good" && d.Origin.Path == records), "the good record before the garbage was lost");
        Assert.All(load.Diagnostics, d => Assert.Contains(d.Path, inputs));
        Analyse(load.Documents);
    }
}
