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
}
