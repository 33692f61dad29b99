using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>
/// A provenance entry written through its layout's pieces is byte for byte what Utf8JsonWriter writes for the same
/// object (docId, start, end and the source span), compact and indented, with either line end, at any depth, in runs
/// of entries and after other values.
/// </summary>
public class ProvenanceJsonLayoutSpecs
{
    private static Provenance RandomEntry(Random random)
    {
        var p = new Provenance($"doc-{random.Next(1_000)}/\u00e9\"x", random.Next(int.MaxValue), random.Next(int.MaxValue));
        if (random.Next(3) == 0) return p;
        var fields = Enum.GetValues<SourceField>();
        return p with
        {
            Source = new SourceSpan(fields[random.Next(fields.Length)], random.Next(int.MaxValue), random.Next(int.MaxValue))
            {
                Line = random.Next(2) == 0 ? 0 : random.Next(1, int.MaxValue),
                Column = random.Next(1, 10_000),
            },
        };
    }

    /// <summary>A number, then the entries, in the innermost of <paramref name="depth"/> nested arrays: by Utf8JsonWriter, as the reference export writes them.</summary>
    private static string ByWriter(bool indented, string newLine, int depth, IReadOnlyList<Provenance> entries)
    {
        using var ms = new MemoryStream();
        var options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = newLine };
        using (var w = new Utf8JsonWriter(ms, options))
        {
            for (int i = 0; i < depth; i++) w.WriteStartArray();
            w.WriteNumberValue(7);
            foreach (var p in entries) Utf8JsonWriterGraphJson.WriteProvenanceEntry(w, p, JsonEncodedText.Encode(p.DocId, options.Encoder));
            for (int i = 0; i < depth; i++) w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string ByLayout(bool indented, string newLine, int depth, IReadOnlyList<Provenance> entries)
    {
        using var ms = new MemoryStream();
        using (var o = new Utf8JsonOutput(ms, indented, newLine: newLine, initialCapacity: 64))
        {
            for (int i = 0; i < depth; i++) o.StartArray();
            o.Number(7);
            var layout = new ProvenanceJsonLayout(indented, newLine.Length == 2, o.Depth);
            layout.Fits(o).Should().BeTrue();
            foreach (var p in entries) layout.Write(o, Utf8JsonOutput.EncodeQuoted(p.DocId), p);
            for (int i = 0; i < depth; i++) o.EndArray();
            o.Flush();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Theory]
    [InlineData(false, "\n")]
    [InlineData(true, "\n")]
    [InlineData(true, "\r\n")]
    public void Entries_are_written_as_Utf8JsonWriter_writes_them(bool indented, string newLine)
    {
        var random = new Random(indented ? 44 : 4 + newLine.Length);
        for (int depth = 1; depth <= 6; depth++)
        {
            var entries = Enumerable.Range(0, 1 + random.Next(40)).Select(_ => RandomEntry(random)).ToList();
            ByLayout(indented, newLine, depth, entries).Should().Be(ByWriter(indented, newLine, depth, entries), "at depth {0}", depth);
        }
    }

    [Fact]
    public void A_layout_fits_only_the_depth_indentation_and_line_end_it_was_made_for()
    {
        using var ms = new MemoryStream();
        using var o = new Utf8JsonOutput(ms, indented: true);
        o.StartArray();
        var layout = new ProvenanceJsonLayout(indented: true, crlf: false, o.Depth);
        layout.Fits(o).Should().BeTrue();
        new ProvenanceJsonLayout(indented: false, crlf: false, o.Depth).Fits(o).Should().BeFalse();
        new ProvenanceJsonLayout(indented: true, crlf: true, o.Depth).Fits(o).Should().BeFalse();
        o.StartArray();
        layout.Fits(o).Should().BeFalse();
    }
}
