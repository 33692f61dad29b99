using System.Text;
using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

/// <summary>
/// DocumentLoader.Stream hands documents out one at a time with every guarantee of Load: the same documents, ids
/// ("~2" for a taken id) and diagnostics; JSON Lines are read from the file line by line.
/// </summary>
public sealed class DocumentStreamSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Line(string id, string text) => $"{{\"id\":\"{id}\",\"title\":\"Title {id}\",\"text\":\"{text}\",\"date\":\"2024-03-0{id.Length % 9 + 1}\"}}";

    private (List<SourceDocument> Documents, List<Diagnostic> Diagnostics) StreamAll(IEnumerable<string> inputs, TextReader? stdin = null)
    {
        var diagnostics = new List<Diagnostic>();
        var documents = DocumentLoader.Stream(inputs, diagnostics.Add, stdin).ToList();
        return (documents, diagnostics);
    }

    [Fact]
    public void Stream_gives_the_documents_ids_and_diagnostics_of_Load_on_mixed_inputs()
    {
        _dir.Write("in/a.txt", "Flood sirens installed\n\nThe mayor said the sirens work.");
        _dir.Write("in/b.md", "---\ntitle: Budget\nid: a\n---\nThe council voted.");
        _dir.Write("in/c.json", "{\"records\":[" + Line("c1", "One.") + ",\n" + Line("a", "Dup.") + ",\n{\"id\":\"bad\"}]}");
        _dir.Write("in/d.jsonl", Line("d1", "First.") + "\n{broken\n\n" + Line("c1", "Again.") + "\n");
        _dir.WriteBytes("in/e.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        var inputs = new[] { Path.Combine(_dir.Path, "in"), Path.Combine(_dir.Path, "missing.txt"), "-" };

        var load = DocumentLoader.Load(inputs, new StringReader("Stdin headline\n\nSomeone said so."));
        var (documents, diagnostics) = StreamAll(inputs, new StringReader("Stdin headline\n\nSomeone said so."));

        documents.Should().Equal(load.Documents);
        diagnostics.Should().Equal(load.Diagnostics);
        documents.Select(d => d.Id).Should().Equal("a", "a~2", "c1", "a~3", "d1", "c1~2", "stdin");
        diagnostics.Select(d => (d.Severity, Path.GetFileName(d.Path), d.Line)).Should().Equal(
            (DiagnosticSeverity.Warning, "b.md", null),
            (DiagnosticSeverity.Warning, "c.json", 2),
            (DiagnosticSeverity.Error, "c.json", 3),
            (DiagnosticSeverity.Error, "d.jsonl", 2),
            (DiagnosticSeverity.Warning, "d.jsonl", 4),
            (DiagnosticSeverity.Error, "e.txt", null),
            (DiagnosticSeverity.Error, "missing.txt", null));
    }

    [Fact]
    public void A_JSON_Lines_file_streamed_line_by_line_reads_as_the_same_text_read_whole()
    {
        // Over 8 KB, so invalid UTF-8 comes after the binary check; every kind of line break, a blank line, a bad line,
        // a lone surrogate escape and a NUL character.
        var padding = string.Join("\n", Enumerable.Range(0, 80).Select(i => Line($"p{i}", new string('x', 100))));
        var text = "\uFEFF" + padding + "\r\n" + Line("crlf", "Windows.") + "\r" + Line("cr", "Old Mac.") + "\n\n"
                 + "{\"id\":\"bad\", oops}\n" + Line("sur", "Half \\uD800 pair.") + "\n" + Line("nul", "A \0 char.") + "\n"
                 + Line("utf", "Caf\uFFFD.") + "\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        int marker = Array.IndexOf(bytes, (byte)0xEF, 3);
        bytes = [.. bytes[..marker], 0xFF, .. bytes[(marker + 3)..]]; // U+FFFD's bytes become one invalid byte
        var streamed = _dir.WriteBytes("a/feed.jsonl", bytes);
        var whole = _dir.WriteBytes("b/feed.data", bytes); // an unknown extension: sniffed from the whole text

        var (lineDocs, lineDiagnostics) = StreamAll([streamed]);
        var (wholeDocs, wholeDiagnostics) = StreamAll([whole]);

        lineDocs.Should().HaveCount(85);
        lineDocs.Should().Equal(wholeDocs.Select(d => d with { Origin = d.Origin with { Path = streamed } }));
        lineDiagnostics.Select(d => d with { Path = whole }).Should().BeEquivalentTo(wholeDiagnostics);
        lineDiagnostics.Select(d => d.Message).Should().Contain(m => m.Contains("invalid UTF-8"))
            .And.Contain(m => m.Contains("NUL character"))
            .And.Contain(m => m.Contains("lone surrogate"))
            .And.Contain(m => m.Contains("invalid JSON"));
        lineDocs.Single(d => d.Id == "cr").Origin.Line.Should().Be(82);
    }

    [Fact]
    public void A_JSON_Lines_file_is_read_only_as_far_as_the_documents_taken()
    {
        var path = _dir.Write("big.jsonl", string.Join("\n", Enumerable.Range(0, 2000).Select(i => Line($"n{i}", new string('y', 200)))));
        long read = 0;

        var first = DocumentLoader.Stream([path], _ => { }, bytesRead: n => read += n).Take(3).ToList();

        first.Select(d => d.Id).Should().Equal("n0", "n1", "n2");
        read.Should().BeGreaterThan(0).And.BeLessThan(new FileInfo(path).Length / 2);
    }

    [Fact]
    public void Every_byte_read_is_counted_once_and_matches_the_input_size()
    {
        _dir.Write("in/a.jsonl", Line("a", "One.") + "\r\n" + Line("b", "Two."));
        _dir.Write("in/c.json", "[" + Line("c", "Three.") + "]");
        _dir.Write("in/d.txt", "Headline\n\nText.");
        long read = 0;

        var documents = DocumentLoader.Stream([Path.Combine(_dir.Path, "in")], _ => { }, bytesRead: n => read += n).ToList();

        documents.Should().HaveCount(4);
        read.Should().Be(DocumentLoader.InputSize([Path.Combine(_dir.Path, "in")]));
        read.Should().Be(Directory.EnumerateFiles(Path.Combine(_dir.Path, "in")).Sum(f => new FileInfo(f).Length));
    }

    [Fact]
    public void A_UTF16_JSON_Lines_file_is_decoded_whole_and_a_binary_one_is_refused()
    {
        var utf16 = _dir.WriteBytes("wide.jsonl", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Line("w1", "Wide.") + "\r\n" + Line("w2", "Text."))]);
        var binary = _dir.WriteBytes("image.jsonl", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x00]);

        var (documents, diagnostics) = StreamAll([utf16, binary]);

        documents.Select(d => (d.Id, d.Origin.Line)).Should().Equal(("w1", 1), ("w2", 2));
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Severity == DiagnosticSeverity.Error && d.Path == binary && d.Message.Contains("binary file"));
    }

    [Fact]
    public void A_diagnostic_is_reported_before_the_documents_that_follow_it()
    {
        var path = _dir.Write("feed.jsonl", Line("a", "One.") + "\n{broken\n" + Line("b", "Two."));
        var events = new List<string>();

        foreach (var document in DocumentLoader.Stream([path], d => events.Add($"diagnostic line {d.Line}")))
            events.Add($"document {document.Id}");

        events.Should().Equal("document a", "diagnostic line 2", "document b");
    }

    [Fact]
    public void Nothing_is_read_until_the_stream_is_enumerated()
    {
        var path = _dir.Write("late.jsonl", Line("a", "One."));
        var diagnostics = new List<Diagnostic>();

        var stream = DocumentLoader.Stream([path, Path.Combine(_dir.Path, "nowhere")], diagnostics.Add);
        File.Delete(path);

        diagnostics.Should().BeEmpty();
        stream.Should().BeEmpty();
        diagnostics.Select(d => d.Message).Should().Equal("no such file or directory", "no such file or directory");
    }
}
