using System.Text.Json;
using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

public class LenientJsonSpecs
{
    [Fact]
    public void Raw_control_characters_inside_strings_are_escaped()
    {
        var json = LenientJson.Prepare("{\"a\":\"x\ty\nz\u0001\"}");
        json.Escaped.Should().Be("{\"a\":\"x\\ty\\nz\\u0001\"}");
        JsonDocument.Parse(json.Escaped).RootElement.GetProperty("a").GetString().Should().Be("x\ty\nz\u0001");
    }

    [Fact]
    public void Whitespace_outside_strings_and_existing_escapes_are_kept()
    {
        var text = "{\r\n\t\"a\": \"q\\\"\\t\"\r\n}";
        LenientJson.Prepare(text).Escaped.Should().Be(text);
    }

    [Fact]
    public void Errors_are_located_in_the_original_text()
    {
        // Line 2 has raw line breaks inside a string, which escaping folds into one line.
        var text = "{\"a\": \"one\ntwo\nthree\",\n \"b\": tru }";
        var json = LenientJson.Prepare(text);
        var e = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(json.Escaped));

        var at = json.Locate(e)!.Value;
        at.Line.Should().Be(4);
        at.Column.Should().BeInRange(7, 11, "the bad literal \"tru\" spans columns 7-9 of line 4");
    }

    [Fact]
    public void Offsets_map_back_across_escapes()
    {
        var json = LenientJson.Prepare("\"a\tb\"");
        json.ToOriginal(0).Should().Be(0);
        json.ToOriginal(2).Should().Be(2); // inside "\t"
        json.ToOriginal(3).Should().Be(2);
        json.ToOriginal(4).Should().Be(3); // 'b'
    }
}
