using System.Text;
using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

public sealed class TextEncodingSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // "Caf\u00e9 owner Mira Tolv said \u201cThe ferry costs 5 \u20ac more\u201d." in Windows-1252 bytes.
    private static byte[] Windows1252Text(string before = "")
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes(before + "Harbour fares rise\n\nCaf"));
        bytes.Add(0xE9);
        bytes.AddRange(Encoding.ASCII.GetBytes(" owner Mira Tolv said "));
        bytes.Add(0x93);
        bytes.AddRange(Encoding.ASCII.GetBytes("The ferry costs 5 "));
        bytes.Add(0x80);
        bytes.AddRange(Encoding.ASCII.GetBytes(" more"));
        bytes.Add(0x94);
        bytes.AddRange(Encoding.ASCII.GetBytes(".\n"));
        return [.. bytes];
    }

    private const string Decoded = "Caf\u00e9 owner Mira Tolv said \u201cThe ferry costs 5 \u20ac more\u201d.";

    [Fact]
    public void A_Windows_1252_text_file_is_decoded_with_a_warning_naming_the_file_and_the_encoding()
    {
        var path = _dir.WriteBytes("fares.txt", Windows1252Text());

        var result = DocumentLoader.Load([path]);

        result.Documents.Should().ContainSingle().Which.Body.Should().Contain(Decoded);
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Path.Should().Be(path);
        warning.Message.Should().Contain("Windows-1252").And.Contain("0xE9");
        (warning.Line, warning.Column).Should().Be((3, 4));
    }

    [Fact]
    public void A_Windows_1252_JSON_Lines_file_is_read_whole_in_that_encoding()
    {
        var line = Encoding.ASCII.GetBytes("{\"id\":\"fares\",\"title\":\"Fares\",\"text\":\"").Concat(Windows1252Text()[..^1])
            .Select(b => b == (byte)'\n' ? (byte)' ' : b).Concat(Encoding.ASCII.GetBytes("\"}\n")).ToArray();
        var path = _dir.WriteBytes("feed.jsonl", line);

        var result = DocumentLoader.Load([path]);

        result.Documents.Should().ContainSingle().Which.Body.Should().Contain(Decoded);
        result.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("Windows-1252"));
    }

    [Fact]
    public void A_file_with_NUL_bytes_and_invalid_UTF8_is_still_refused_as_binary()
    {
        var path = _dir.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xE9, 0x41]);

        var result = DocumentLoader.Load([path]);

        result.Documents.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Severity == DiagnosticSeverity.Error && d.Path == path && d.Message.Contains("binary file"));
    }

    [Fact]
    public void Asking_for_UTF8_makes_a_Windows_1252_file_an_error_naming_the_file_and_the_byte()
    {
        var path = _dir.WriteBytes("fares.txt", Windows1252Text());
        var diagnostics = new List<Diagnostic>();

        var documents = DocumentLoader.Stream([path], diagnostics.Add, options: new LoadOptions { Encoding = InputEncoding.Utf8 }).ToList();

        documents.Should().BeEmpty();
        var error = diagnostics.Should().ContainSingle().Subject;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Path.Should().Be(path);
        error.Message.Should().Contain("not valid UTF-8").And.Contain("0xE9").And.Contain("offset 23");
        (error.Line, error.Column).Should().Be((3, 4));
    }

    [Fact]
    public void Latin1_and_Windows_1252_differ_only_in_0x80_to_0x9F()
    {
        var path = _dir.WriteBytes("fares.md", Windows1252Text());

        string Body(InputEncoding encoding)
        {
            var diagnostics = new List<Diagnostic>();
            var body = DocumentLoader.Stream([path], diagnostics.Add, options: new LoadOptions { Encoding = encoding }).Single().Body;
            diagnostics.Should().BeEmpty("an encoding given explicitly is not a guess to warn about");
            return body;
        }

        Body(InputEncoding.Windows1252).Should().Contain(Decoded);
        Body(InputEncoding.Latin1).Should().Contain("Caf\u00e9 owner Mira Tolv said \u0093The ferry costs 5 \u0080 more\u0094.");
    }

    [Fact]
    public void Valid_UTF8_is_read_as_UTF8_without_a_warning()
    {
        var path = _dir.Write("fares.txt", "Harbour fares rise\n\n" + Decoded + "\n");

        var result = DocumentLoader.Load([path]);

        result.Diagnostics.Should().BeEmpty();
        result.Documents.Single().Body.Should().Contain(Decoded);
    }
}
