using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

/// <summary>How an input is read: by its extension when known (any case), else by its content.</summary>
public class InputSnifferSpecs
{
    [Theory]
    [InlineData("notes/brief.txt", nameof(InputKind.PlainText))]
    [InlineData("notes/brief.MD", nameof(InputKind.Markdown))]
    [InlineData("notes/brief.markdown", nameof(InputKind.Markdown))]
    [InlineData("export.json", nameof(InputKind.Json))]
    [InlineData("export.jsonl", nameof(InputKind.JsonLines))]
    [InlineData("export.NDJSON", nameof(InputKind.JsonLines))]
    public void A_known_extension_names_the_kind(string path, string kindName)
    {
        var kind = Enum.Parse<InputKind>(kindName);
        InputSniffer.IsKnown(path).Should().BeTrue();
        InputSniffer.ByExtension(path).Should().Be(kind);
        InputSniffer.For(path, "{\"not\": \"looked at\"}").Should().Be(kind);
    }

    [Fact]
    public void The_listed_extensions_are_exactly_the_known_ones()
    {
        var listed = InputSniffer.KnownExtensions.Split(", ");

        listed.Should().Equal(".txt", ".md", ".markdown", ".json", ".jsonl", ".ndjson");
        listed.Should().OnlyContain(e => InputSniffer.IsKnown("file" + e));
        InputSniffer.IsKnown("picture.png").Should().BeFalse();
        InputSniffer.IsKnown("no-extension").Should().BeFalse();
    }

    [Theory]
    [InlineData("", nameof(InputKind.PlainText))]
    [InlineData("A plain paragraph.\n{ not json at the start }", nameof(InputKind.PlainText))]
    [InlineData("  [ {\"title\": \"One\"} ]", nameof(InputKind.Json))]
    [InlineData("{\"records\": [\n  {\"title\": \"One\"}\n]}", nameof(InputKind.Json))]
    [InlineData("{\"title\": \"One\"}\n\n{\"title\": \"Two\"}\n", nameof(InputKind.JsonLines))]
    [InlineData("{\"title\": \"Only one\"}\n", nameof(InputKind.Json))]
    public void An_unknown_extension_is_read_by_content(string text, string kindName) =>
        InputSniffer.For("upload.dat", text).Should().Be(Enum.Parse<InputKind>(kindName));
}
