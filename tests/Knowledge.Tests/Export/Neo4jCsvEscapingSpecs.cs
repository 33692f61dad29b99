using System.Collections.Immutable;
using System.Text;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>The Neo4j CSV field encoding, field by field: what is quoted, doubled, dropped or rewritten.</summary>
public class Neo4jCsvEscapingSpecs
{
    /// <summary>The data row of a single Quote node with this label and these aliases and mentions' document ids.</summary>
    private static string Row(string label, ImmutableArray<string> aliases = default, params string[] docIds)
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(new GraphNode("quote:x", NodeType.Quote, label)
        {
            Aliases = aliases.IsDefault ? [] : aliases,
            Mentions = [.. docIds.Select(d => new Provenance(d, 0, 1))],
        });
        using var w = new StringWriter();
        Neo4jCsvWriter.WriteNodes(b.Build(), NodeType.Quote, w);
        var csv = w.ToString();
        return csv[(csv.IndexOf('\n') + 1)..^1];
    }

    private static string Label(string row) => row["quote:x,".Length..row.IndexOf(",,0,", StringComparison.Ordinal)];

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("line\rbreak", "\"line\rbreak\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("line\r\nbreak", "\"line\r\nbreak\"")]
    [InlineData(" lead", "\" lead\"")]
    [InlineData("trail\t", "\"trail\t\"")]
    [InlineData("in side\tspace", "in side\tspace")]
    [InlineData("semi;colon", "semi;colon")]
    [InlineData("bell\u0007 and del\u007F and c1\u0085 dropped", "bell and del and c1 dropped")]
    [InlineData("\u000Bedge controls quote though dropped\u000C", "\"edge controls quote though dropped\"")]
    [InlineData("emoji \uD83D\uDE00 kept", "emoji \uD83D\uDE00 kept")]
    [InlineData("é, ü", "\"é, ü\"")]
    public void A_text_field_is_quoted_only_when_needed_with_quotes_doubled_and_controls_dropped(string label, string field)
    {
        Label(Row(label)).Should().Be(field);
    }

    [Fact]
    public void An_empty_label_is_an_empty_field()
    {
        Row("").Should().Be("quote:x,,,0,,Quote");
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, "a;b")]
    [InlineData(new[] { "a;b", "c" }, "\"a,b;c\"")]
    [InlineData(new[] { "", "a", "", "b", "" }, "a;b")]
    [InlineData(new[] { "", "" }, "")]
    [InlineData(new[] { " a", "b" }, "\" a;b\"")]
    [InlineData(new[] { "a", " b" }, "a; b")]
    [InlineData(new[] { "a", "b " }, "\"a;b \"")]
    [InlineData(new[] { "say \"x\"", "y" }, "\"say \"\"x\"\";y\"")]
    [InlineData(new[] { "a\u0001", "b\nc" }, "\"a;b\nc\"")]
    public void An_array_field_joins_non_empty_items_with_semicolons_and_is_quoted_as_its_joined_text(string[] aliases, string field)
    {
        var row = Row("L", [.. aliases]);
        row.Should().Be($"quote:x,L,{field},0,,Quote");
    }

    [Fact]
    public void Document_ids_are_distinct_and_in_ordinal_order()
    {
        Row("L", default, "doc-b", "doc-a", "doc-b", "Doc-c", "doc-a").Should().Be("quote:x,L,,5,Doc-c;doc-a;doc-b,Quote");
    }

    [Theory]
    [InlineData(new[] { "doc-a", "doc-a", "doc-b", "doc-b", "doc-c" }, "doc-a;doc-b;doc-c")]
    [InlineData(new[] { "doc-a", "doc-b", "doc-b", "doc-a", "doc-c" }, "doc-a;doc-b;doc-c")]
    [InlineData(new[] { "doc-a", "doc-c", "doc-c", "doc-b" }, "doc-a;doc-b;doc-c")]
    [InlineData(new[] { "doc-b" }, "doc-b")]
    public void Document_ids_in_runs_or_out_of_order_give_the_same_distinct_ordered_field(string[] docIds, string field)
    {
        Row("L", default, docIds).Should().Be($"quote:x,L,,{docIds.Length},{field},Quote");
    }

    [Fact]
    public void Text_fields_agree_with_a_string_building_reference_on_random_text()
    {
        var random = new Random(7);
        char[] alphabet = ['a', ' ', ',', ';', '"', '\t', '\r', '\n', '\u0001', '\u000B', '\u0085', '\u00A0', '\uD83D', '\uDE00', 'é'];
        string Random() => new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        for (int n = 0; n < 500; n++)
        {
            string label = Random();
            string[] aliases = [Random(), Random(), Random()];
            var expected = $"quote:x,{ReferenceField(label)},{ReferenceField(string.Join(';', aliases.Where(a => a.Length > 0).Select(a => a.Replace(';', ','))))},0,,Quote";
            // The writer writes UTF-8, which has no lone surrogates: a text writer gets the file's text, U+FFFD in their place.
            Row(label, [.. aliases]).Should().Be(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(expected)));
        }
    }

    /// <summary>The field encoding as it was before it wrote straight to the writer.</summary>
    private static string ReferenceField(string value)
    {
        var sb = new StringBuilder();
        bool quote = value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));
        foreach (char c in value)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n')) continue;
            if (c is ',' or '"' or '\r' or '\n') quote = true;
            sb.Append(c == '"' ? "\"\"" : c.ToString());
        }
        return quote ? "\"" + sb + "\"" : sb.ToString();
    }
}
