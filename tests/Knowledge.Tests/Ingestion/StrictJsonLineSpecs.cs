using System.Text;
using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

/// <summary>Which JSON Lines lines are parsed straight from their bytes, and which are left to the lenient reading.</summary>
public sealed class StrictJsonLineSpecs
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData("{\"text\":\"Plain words, caf\u00e9 and \\u00e9.\"}")]
    [InlineData("{\"text\":\"An escaped backslash: \\\\ and a quote \\\".\"}")]
    [InlineData("{\"a\":[1,2,],} ")]
    public void A_clean_line_is_parsed_from_its_bytes(string line)
    {
        using var document = StrictJsonLine.TryParse(Utf8(line));

        document.Should().NotBeNull();
        document!.RootElement.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
    }

    [Theory]
    [InlineData("{\"text\":\"raw\ttab\"}")]
    [InlineData("{\"text\":\"NUL \0 here\"}")]
    [InlineData("\uFEFF{\"text\":\"byte order mark\"}")]
    [InlineData("{\"text\":\"half \\uD800 pair\"}")]
    [InlineData("{\"text\":\"half \\udfff pair\"}")]
    [InlineData("{\"text\":\"broken\"")]
    [InlineData("{} {}")]
    public void A_line_that_needs_repair_or_does_not_parse_is_left_to_the_lenient_reading(string line) =>
        StrictJsonLine.TryParse(Utf8(line)).Should().BeNull();

    [Fact]
    public void Invalid_utf8_needs_repair()
    {
        byte[] line = [(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xFF, (byte)'"', (byte)'}'];

        StrictJsonLine.NeedsNoRepair(line).Should().BeFalse();
        StrictJsonLine.NeedsNoRepair(Utf8("{\"a\":\"\u00ff\"}")).Should().BeTrue();
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("    ", true)]
    [InlineData(" {} ", false)]
    [InlineData("\t", false)]
    public void Only_an_empty_or_all_space_line_is_blank_here(string line, bool blank) =>
        StrictJsonLine.IsBlank(Utf8(line)).Should().Be(blank);
}
