using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>Utf8JsonOutput lays out and escapes JSON as Utf8JsonWriter does with the JSON export's options.</summary>
public class Utf8JsonOutputSpecs
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static string ByWriter(bool indented, Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = indented, Encoder = Encoder, NewLine = "\n" })) write(w);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string ByOutput(bool indented, Action<Utf8JsonOutput> write)
    {
        using var ms = new MemoryStream();
        using (var o = new Utf8JsonOutput(ms, indented))
        {
            write(o);
            o.Flush();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Nested_objects_arrays_and_empty_containers_are_laid_out_as_Utf8JsonWriter_lays_them_out(bool indented)
    {
        var expected = ByWriter(indented, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("list");
            w.WriteStartObject();
            w.WriteString("name", "Ana <b> \"quoted\" caf\u00E9 \uD83D\uDE00");
            w.WriteNumber("n", -42);
            w.WriteStartArray("empty");
            w.WriteEndArray();
            w.WriteStartObject("inner");
            w.WriteEndObject();
            w.WriteStartArray("words");
            w.WriteStringValue("a");
            w.WriteStringValue("b\\c");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteNumber("last", 5_000_000_000L);
            w.WriteEndObject();
        });
        var written = ByOutput(indented, o =>
        {
            o.StartObject();
            o.Name(Utf8JsonOutput.EncodeQuoted("list"));
            o.StartArray();
            o.StartObject();
            o.Name(Utf8JsonOutput.EncodeQuoted("name"));
            o.String("Ana <b> \"quoted\" caf\u00E9 \uD83D\uDE00");
            o.Property(Utf8JsonOutput.EncodeQuoted("n"), -42);
            o.Name(Utf8JsonOutput.EncodeQuoted("empty"));
            o.StartArray();
            o.EndArray();
            o.Name(Utf8JsonOutput.EncodeQuoted("inner"));
            o.StartObject();
            o.EndObject();
            o.Name(Utf8JsonOutput.EncodeQuoted("words"));
            o.StartArray();
            o.String("a");
            o.String("b\\c".AsSpan());
            o.EndArray();
            o.EndObject();
            o.StartObject();
            o.EndObject();
            o.EndArray();
            o.Name(Utf8JsonOutput.EncodeQuoted("last"));
            o.Number(5_000_000_000L);
            o.EndObject();
        });
        written.Should().Be(expected);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Encoded_names_and_values_of_every_short_length_are_copied_whole(bool indented)
    {
        // Quoted, these are 2 to 22 bytes: each way the copy of a short name or value is made (under 4, 4 to 7, 8 to 16, more).
        var words = Enumerable.Range(0, 21).Select(n => new string(Enumerable.Range(0, n).Select(k => (char)('a' + (k * 7 + n) % 26)).ToArray())).ToList();
        var expected = ByWriter(indented, w =>
        {
            w.WriteStartObject();
            foreach (var word in words) w.WriteString("k" + word, word);
            w.WriteStartArray("values");
            foreach (var word in words) w.WriteStringValue(word);
            w.WriteEndArray();
            w.WriteEndObject();
        });
        var written = ByOutput(indented, o =>
        {
            o.StartObject();
            foreach (var word in words) o.Property(Utf8JsonOutput.EncodeQuoted("k" + word), Utf8JsonOutput.EncodeQuoted(word));
            o.Name(Utf8JsonOutput.EncodeQuoted("values"));
            o.StartArray();
            foreach (var word in words) o.Encoded(Utf8JsonOutput.EncodeQuoted(word));
            o.EndArray();
            o.EndObject();
        });
        written.Should().Be(expected);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(40)]
    public void Deeply_nested_values_are_indented_as_Utf8JsonWriter_indents_them(int depth)
    {
        // Past seven levels the line end and its indentation are no longer two eight-byte stores but a fill.
        var expected = ByWriter(indented: true, w =>
        {
            for (int i = 0; i < depth; i++) w.WriteStartArray();
            w.WriteNumberValue(depth);
            w.WriteStringValue("deep");
            for (int i = 0; i < depth; i++) w.WriteEndArray();
        });
        var written = ByOutput(indented: true, o =>
        {
            for (int i = 0; i < depth; i++) o.StartArray();
            o.Number(depth);
            o.String("deep");
            for (int i = 0; i < depth; i++) o.EndArray();
        });
        written.Should().Be(expected);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_string_property_and_an_optional_one_are_written_as_Utf8JsonWriter_writes_a_string_or_a_null(bool indented)
    {
        var expected = ByWriter(indented, w =>
        {
            w.WriteStartObject();
            w.WriteString("title", "Harbour \"levy\" notes");
            w.WriteString("date", "2024-03-01");
            w.WriteNull("speaker");
            w.WriteEndObject();
        });
        var written = ByOutput(indented, o =>
        {
            o.StartObject();
            o.Property(Utf8JsonOutput.EncodeQuoted("title"), "Harbour \"levy\" notes");
            o.PropertyOrNull(Utf8JsonOutput.EncodeQuoted("date"), "2024-03-01");
            o.PropertyOrNull(Utf8JsonOutput.EncodeQuoted("speaker"), null);
            o.EndObject();
        });
        written.Should().Be(expected);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("")]
    [InlineData("tab\there, new\nline, quote \" and backslash \\")]
    [InlineData("\u0001\u001F\u007F\u0085\u2028\uFFFE\uFFFF")]
    [InlineData("<script>&'+`")]
    [InlineData("\u4E2D\u6587 \uD83D\uDE00 \U0001F600")]
    public void Strings_are_encoded_as_JsonEncodedText_encodes_them(string s) =>
        Encoding.UTF8.GetString(Utf8JsonOutput.EncodeQuoted(s)).Should().Be("\"" + JsonEncodedText.Encode(s, Encoder).Value + "\"");

    [Fact]
    public void Lone_surrogates_are_dropped()
    {
        string s = "a" + '\uD83D' + "b" + '\uDE00';
        Encoding.UTF8.GetString(Utf8JsonOutput.EncodeQuoted(s)).Should().Be("\"ab\"");
    }

    [Fact]
    public void Output_larger_than_the_first_buffer_is_written_whole()
    {
        string big = new('x', 300_000);
        ByOutput(false, o =>
        {
            o.StartArray();
            o.String(big);
            o.String(big + "\u0001");
            o.EndArray();
        }).Should().Be(ByWriter(false, w =>
        {
            w.WriteStartArray();
            w.WriteStringValue(big);
            w.WriteStringValue(big + "\u0001");
            w.WriteEndArray();
        }));
    }

    [Fact]
    public void Indented_output_with_crlf_line_ends_is_laid_out_as_Utf8JsonWriter_with_that_new_line()
    {
        using var expected = new MemoryStream();
        using (var w = new Utf8JsonWriter(expected, new JsonWriterOptions { Indented = true, Encoder = Encoder, NewLine = "\r\n" }))
        {
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("a", "x");
            w.WriteNull("b");
            w.WriteStartArray("c");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }
        using var written = new MemoryStream();
        using (var o = new Utf8JsonOutput(written, indented: true, newLine: "\r\n"))
        {
            o.StartArray();
            o.StartObject();
            o.Name(Utf8JsonOutput.EncodeQuoted("a"));
            o.String("x");
            o.Name(Utf8JsonOutput.EncodeQuoted("b"));
            o.Null();
            o.Name(Utf8JsonOutput.EncodeQuoted("c"));
            o.StartArray();
            o.EndArray();
            o.EndObject();
            o.EndArray();
            o.Flush();
        }
        written.ToArray().Should().Equal(expected.ToArray());
    }

    [Fact]
    public void Other_line_ends_are_refused() =>
        FluentActions.Invoking(() => new Utf8JsonOutput(Stream.Null, indented: true, newLine: "\r")).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Values_separated_by_EndLine_are_one_line_each_with_no_comma_between()
    {
        ByOutput(false, o =>
        {
            o.StartObject();
            o.Property(Utf8JsonOutput.EncodeQuoted("n"), 1);
            o.EndObject();
            o.EndLine();
            o.StartArray();
            o.Number(2);
            o.EndArray();
            o.EndLine();
        }).Should().Be("{\"n\":1}\n[2]\n");
    }

    [Fact]
    public void Integers_are_written_as_Utf8JsonWriter_writes_them()
    {
        var random = new Random(4242);
        var values = new List<long> { 0, 1, 9, 10, 99, 100, 999, 1000, 65_535, 999_999_999, 1_000_000_000, uint.MaxValue, (long)uint.MaxValue + 1, long.MaxValue, long.MinValue, -1, -10 };
        for (int i = 0; i < 5_000; i++) values.Add(random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(64));
        string expected = ByWriter(false, w =>
        {
            w.WriteStartArray();
            foreach (long v in values) w.WriteNumberValue(v);
            w.WriteStartObject();
            foreach (long v in values) w.WriteNumber("n", v);
            w.WriteEndObject();
            w.WriteEndArray();
        });
        var name = Utf8JsonOutput.EncodeQuoted("n");
        ByOutput(false, o =>
        {
            o.StartArray();
            foreach (long v in values) o.Number(v);
            o.StartObject();
            foreach (long v in values) o.Property(name, v);
            o.EndObject();
            o.EndArray();
        }).Should().Be(expected);
    }
}
