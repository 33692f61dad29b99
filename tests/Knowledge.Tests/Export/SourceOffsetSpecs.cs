using System.Text.Json;
using FluentAssertions;
using Knowledge.Cli;
using Knowledge.Tests.Cli;
using CliTempDir = Knowledge.Tests.Cli.TempDir;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>Exported offsets point into what the user gave: the file, or the record's field, beside the joined text's offsets.</summary>
public sealed class SourceOffsetSpecs : IDisposable
{
    private const string Quote = "The new pier opens in June for every visitor.";
    private const string RecordQuote = "The ferry timetable doubles this summer for the islands.";

    // Front matter, CRLF line ends and a title found in the header lines: the joined text starts with the title,
    // so its offsets are not the file's.
    private const string MarkdownFile =
        "---\r\ntitle: Pier vote\r\ndate: 2024-03-02\r\n---\r\nHARBOUR NEWS\r\n\r\nThe council met on Monday.\r\nMayor Ana Lidell said \u201c" + Quote + "\u201d She added nothing.\r\n";

    private const string PlainFile = "Pier works begin\n\nBuilders arrived.\n\nEngineer Rosa Quint said \u201cThe old pilings come out first and quickly.\u201d\n";

    private readonly CliTempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Inputs()
    {
        _dir.File("in/pier.md", MarkdownFile);
        _dir.File("in/works.txt", PlainFile);
        // The text has escapes (\n, \u201c) and comes after a title and a description in the joined text.
        _dir.File("in/feed.jsonl",
            "{\"id\":\"ferry\",\"title\":\"Ferry news\",\"description\":\"Timetables change.\",\"text\":\"Port notes.\\n\\nDirector Tom Varga said \\u201c" + RecordQuote + "\\u201d\"}\n");
        return _dir.Combine("in");
    }

    private static JsonElement QuoteOf(string quotesJsonl, string text) =>
        quotesJsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(q => q.GetProperty("text").GetString() == text);

    [Fact]
    public void A_quote_s_source_offsets_slice_the_text_file_to_exactly_the_quote_with_its_line_and_column()
    {
        var outDir = _dir.Combine("out");
        var (code, _, stderr) = CliRunner.Run("extract", Inputs(), "--out", outDir, "-q");
        code.Should().Be(KnowledgeCommand.Success, stderr);
        var quotes = File.ReadAllText(Path.Combine(outDir, "quotes.jsonl"));

        foreach (var (file, text) in new[] { ("pier.md", Quote), ("works.txt", "The old pilings come out first and quickly.") })
        {
            var span = QuoteOf(quotes, text).GetProperty("spans")[0];
            span.GetProperty("start").GetInt32().Should().NotBe(span.GetProperty("source").GetProperty("start").GetInt32(), "the joined text starts with the title");
            var source = span.GetProperty("source");
            var content = File.ReadAllText(_dir.Combine("in", file));
            source.GetProperty("field").GetString().Should().Be("body");
            int start = source.GetProperty("start").GetInt32(), end = source.GetProperty("end").GetInt32();
            content[start..end].Should().Be(text);
            var lines = content.Split('\n');
            int line = source.GetProperty("line").GetInt32(), column = source.GetProperty("column").GetInt32();
            lines[line - 1][(column - 1)..].Should().StartWith(text);
        }
    }

    [Fact]
    public void A_quote_s_source_offsets_slice_the_JSON_record_s_text_field_to_exactly_the_quote()
    {
        var outDir = _dir.Combine("out");
        CliRunner.Run("extract", Inputs(), "--out", outDir, "-q").ExitCode.Should().Be(KnowledgeCommand.Success);

        var span = QuoteOf(File.ReadAllText(Path.Combine(outDir, "quotes.jsonl")), RecordQuote).GetProperty("spans")[0];

        var record = JsonDocument.Parse(File.ReadAllLines(_dir.Combine("in", "feed.jsonl"))[0]).RootElement;
        var source = span.GetProperty("source");
        source.GetProperty("field").GetString().Should().Be("body");
        record.GetProperty("text").GetString()![source.GetProperty("start").GetInt32()..source.GetProperty("end").GetInt32()].Should().Be(RecordQuote);
        source.TryGetProperty("line", out _).Should().BeFalse("a record's field has no file lines");
    }

    [Fact]
    public void Knowledge_json_mentions_carry_source_offsets_and_read_back_into_the_quotes_of_a_saved_graph()
    {
        var outDir = _dir.Combine("out");
        CliRunner.Run("extract", Inputs(), "--out", outDir, "-q").ExitCode.Should().Be(KnowledgeCommand.Success);
        var graph = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "knowledge.json"))).RootElement;

        var person = graph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("label").GetString() == "Tom Varga");
        var mention = person.GetProperty("mentions")[0].GetProperty("source");
        var text = JsonDocument.Parse(File.ReadAllLines(_dir.Combine("in", "feed.jsonl"))[0]).RootElement.GetProperty("text").GetString()!;
        text[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()].Should().Be("Director Tom Varga", "the mention is the name with its title, as in the joined text");

        var (code, stdout, stderr) = CliRunner.Run("quotes", Path.Combine(outDir, "knowledge.json"), "--format", "json");
        code.Should().Be(KnowledgeCommand.Success, stderr);
        var fromSaved = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Single(q => q.GetProperty("text").GetString() == RecordQuote);
        var exported = QuoteOf(File.ReadAllText(Path.Combine(outDir, "quotes.jsonl")), RecordQuote).GetProperty("spans")[0].GetProperty("source");
        JsonElement.DeepEquals(fromSaved.GetProperty("spans")[0].GetProperty("source"), exported).Should().BeTrue(exported.GetRawText());
    }

    [Fact]
    public void Exports_from_a_store_carry_the_same_source_offsets_byte_for_byte()
    {
        var inputs = Inputs();
        var memory = _dir.Combine("memory");
        var stored = _dir.Combine("stored");
        var store = _dir.Combine("k.db");
        CliRunner.Run("extract", inputs, "--out", memory, "-q", "--format", "json,jsonl").ExitCode.Should().Be(KnowledgeCommand.Success);
        CliRunner.Run("extract", inputs, "--store", store, "--out", _dir.Combine("first"), "-q").ExitCode.Should().Be(KnowledgeCommand.Success);

        var (code, _, stderr) = CliRunner.Run("export", "--store", store, "--out", stored, "--format", "json,jsonl");

        code.Should().Be(KnowledgeCommand.Success, stderr);
        foreach (var file in new[] { "knowledge.json", "quotes.jsonl" })
        {
            var bytes = File.ReadAllText(Path.Combine(stored, file));
            bytes.Should().Contain("\"source\"").And.Be(File.ReadAllText(Path.Combine(memory, file)), file);
        }
    }

    [Fact]
    public void GraphML_and_Neo4j_quote_nodes_carry_the_source_offsets_beside_the_text_offsets()
    {
        var outDir = _dir.Combine("out");
        CliRunner.Run("extract", Inputs(), "--out", outDir, "-q", "--format", "graphml,neo4j").ExitCode.Should().Be(KnowledgeCommand.Success);
        var content = File.ReadAllText(_dir.Combine("in", "works.txt"));
        const string text = "The old pilings come out first and quickly.";

        var graphMl = System.Xml.Linq.XDocument.Load(Path.Combine(outDir, "knowledge.graphml"));
        System.Xml.Linq.XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var keys = graphMl.Descendants(g + "key").Where(k => (string?)k.Attribute("for") == "node")
            .ToDictionary(k => (string)k.Attribute("attr.name")!, k => (string)k.Attribute("id")!);
        var quote = graphMl.Descendants(g + "node").Single(n => n.Elements(g + "data").Any(d => (string?)d.Attribute("key") == keys["text"] && d.Value == text));
        string Data(string name) => quote.Elements(g + "data").Single(d => (string?)d.Attribute("key") == keys[name]).Value;
        Data("sourceField").Should().Be("body");
        content[int.Parse(Data("sourceStart"), System.Globalization.CultureInfo.InvariantCulture)..int.Parse(Data("sourceEnd"), System.Globalization.CultureInfo.InvariantCulture)].Should().Be(text);

        var header = File.ReadLines(Path.Combine(outDir, "neo4j", "nodes-Quote.csv")).First();
        header.Should().Contain("sourceField").And.Contain("sourceStart:int").And.Contain("sourceEnd:int");
    }
}
