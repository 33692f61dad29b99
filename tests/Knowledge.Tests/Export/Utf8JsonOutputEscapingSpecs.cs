using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>
/// Utf8JsonOutput escapes every string as Utf8JsonWriter escapes it with the encoder each export used when it wrote
/// through Utf8JsonWriter: knowledge.json and the HTML view dropped lone surrogates first, quotes.jsonl did not.
/// </summary>
public class Utf8JsonOutputEscapingSpecs
{
    /// <summary>JSON's own escapes, HTML characters, bidi and non-characters beside the XML pieces (controls, quotes, surrogates).</summary>
    private static readonly string[] JsonPieces =
        ["\\", "/", "\\u0041", "<script>", "</script>", "<!--", "+", "`", "'", "&", "\u0600", "\u200E", "\uFDD0", "\U0001F600", "\U0010FFFF", "\u00E9t\u00E9"];

    private static string Text(Random random) =>
        random.Next(2) == 0 ? RandomXmlStrings.Next(random, 12) + JsonPieces[random.Next(JsonPieces.Length)] + RandomXmlStrings.Next(random, 12)
        : RandomXmlStrings.Next(random, 24);

    private static byte[] ByWriter(string value, JavaScriptEncoder encoder)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = encoder })) w.WriteStringValue(value);
        return ms.ToArray();
    }

    private static byte[] ByOutput(string value, JsonStringEscaping escaping, bool asSpan)
    {
        using var ms = new MemoryStream();
        using (var o = new Utf8JsonOutput(ms, indented: false, escaping))
        {
            if (asSpan) o.String(value.AsSpan());
            else o.String(value);
            o.Flush();
        }
        return ms.ToArray();
    }

    public static TheoryData<string> Escapings => ["Export", "Quotes", "Html"];

    private static (JsonStringEscaping Escaping, JavaScriptEncoder WriterEncoder, bool Dropped) Case(string name) => name switch
    {
        "Export" => (JsonStringEscaping.Export, JavaScriptEncoder.UnsafeRelaxedJsonEscaping, true),
        "Quotes" => (JsonStringEscaping.Quotes, JavaScriptEncoder.UnsafeRelaxedJsonEscaping, false),
        "Html" => (JsonStringEscaping.Html, JavaScriptEncoder.Create(UnicodeRanges.All), true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Escapings))]
    public void Random_strings_are_escaped_as_Utf8JsonWriter_escapes_them_with_the_exports_encoder(string name)
    {
        var (escaping, encoder, dropped) = Case(name);
        var random = new Random(name.Length * 7919);
        for (int i = 0; i < 20_000; i++)
        {
            string s = Text(random);
            var expected = ByWriter(dropped ? XmlChars.DropLoneSurrogates(s) : s, encoder);
            ByOutput(s, escaping, asSpan: false).Should().Equal(expected, "string {0} ({1}) is escaped as Utf8JsonWriter escapes it", i, Dump(s));
            ByOutput(s, escaping, asSpan: true).Should().Equal(expected, "string {0} ({1}), as a span, is escaped as Utf8JsonWriter escapes it", i, Dump(s));
            Utf8JsonOutput.EncodeQuoted(s, escaping).Should().Equal(expected);
        }
    }

    [Fact]
    public void The_html_escaping_escapes_what_could_close_a_script_element_and_the_others_leave_it()
    {
        const string markup = "</script><!-- & 'x' \"y\" +";
        Encoding.UTF8.GetString(Utf8JsonOutput.EncodeQuoted(markup, JsonStringEscaping.Html)).Should().NotContainAny("<", ">", "&", "'", "+");
        Encoding.UTF8.GetString(Utf8JsonOutput.EncodeQuoted(markup, JsonStringEscaping.Export)).Should().Be("\"</script><!-- & 'x' \\\"y\\\" +\"");
    }

    [Fact]
    public void A_lone_surrogate_is_dropped_by_the_export_escaping_and_replaced_as_Utf8JsonWriter_does_by_the_quotes_escaping()
    {
        string s = "a\uD800b";
        Encoding.UTF8.GetString(Utf8JsonOutput.EncodeQuoted(s, JsonStringEscaping.Export)).Should().Be("\"ab\"");
        Utf8JsonOutput.EncodeQuoted(s, JsonStringEscaping.Quotes).Should().Equal(ByWriter(s, JavaScriptEncoder.UnsafeRelaxedJsonEscaping))
            .And.NotEqual(Utf8JsonOutput.EncodeQuoted(s, JsonStringEscaping.Export));
    }

    private static string Dump(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s) sb.Append(c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString());
        return sb.ToString();
    }
}
