using System.Text;
using System.Text.Json;
using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

/// <summary>
/// The scanner for common JSON Lines records: a line it takes is one JsonDocument reads too, mapped to the same
/// document and diagnostics; anything outside its subset is left to JsonDocument.
/// </summary>
public sealed class ScannedJsonLineSpecs
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly string[] Records =
    [
        "{\"id\":\"harbour-news\",\"title\":\"The harbour reopens\",\"description\":\"Ferries run again.\",\"imageCaption\":\"A ferry\",\"published\":\"2023-04-05\",\"text\":\"The ferry \\u201Cleft\\u201D at noon.\\n\\nIt\\u2019s back \\\"soon\\\" \\\\ maybe\\/never \\b\\f\\r\\t caf\u00e9 \\u00e9.\"}",
        "{\"id\": 42, \"title\": \"Numbers as ids\", \"text\": \"Body text.\", \"date\": \"5 April 2023\"}",
        "{\"id\":-1.5e+3,\"text\":\"Negative id.\"}",
        "{\"id\":0,\"text\":\"Zero id.\",\"published\":\"not a date\"}",
        "{\"id\":\"rec1\",\"createdTime\":\"2023-01-01\",\"fields\":{\"slug\":\"a-slug\",\"title\":\"In fields\",\"body\":\"The body is here.\",\"author\":[\" Ann \",3,\"Bo\",null],\"tags\":[\"x\",\"y\",\"x\",\"\"],\"tag\":\"z\"}}",
        "{\"fields\":\"not an object\",\"text\":\"Flat after all.\",\"author\":\" Solo \"}",
        "{\"text\":\"first\",\"text\":\"second wins\",\"id\":\"dup\",\"id\":\"dup2\"}",
        "{\"title\":\"Only a title\"}",
        "{\"other\":{\"deep\":[[[{\"a\":true,\"b\":false,\"c\":null}]]]},\"content\":\"Content field.\",\"publishedDate\":\"2020-02-29\"}",
        "  {\"text\" : \"Spaces around\" , \"id\" : \"sp\" }  ",
        "{\"text\":\"\",\"title\":\"  \"}",
        "{}",
        "{\"text\":\"Emoji \ud83d\ude00 and CJK \u4e2d\u6587\",\"tags\":[]}",
    ];

    [Fact]
    public void Every_record_the_scanner_takes_maps_as_the_JsonDocument_path_does()
    {
        foreach (var record in Records)
        {
            var bytes = Encoding.UTF8.GetBytes(record);
            var scanner = new ScannedJsonLine();
            scanner.TryScan(bytes).Should().BeTrue(record);
            Same(bytes, scanner, record);
        }
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"a string\"")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"a\":[1,]}")]
    [InlineData("{\"a\":1 /* note */}")]
    [InlineData("{\"a\\u0062\":1}")]
    [InlineData("{\"a\":01}")]
    [InlineData("{\"a\":1.}")]
    [InlineData("{\"a\":-}")]
    [InlineData("{\"a\":1e}")]
    [InlineData("{\"a\":+1}")]
    [InlineData("{\"a\":tru}")]
    [InlineData("{\"a\":truex}")]
    [InlineData("{\"a\":\"\\x\"}")]
    [InlineData("{\"a\":\"\\u12G4\"}")]
    [InlineData("{\"a\":\"open}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\":1} {}")]
    [InlineData("{\"a\":1")]
    [InlineData("{a:1}")]
    [InlineData("{\"a\":1,,\"b\":2}")]
    public void A_line_outside_the_subset_is_left_to_JsonDocument(string line) =>
        new ScannedJsonLine().TryScan(Encoding.UTF8.GetBytes(line)).Should().BeFalse();

    [Fact]
    public void Nesting_deeper_than_the_limit_is_left_to_JsonDocument()
    {
        var deep = "{\"a\":" + new string('[', 40) + new string(']', 40) + "}";
        new ScannedJsonLine().TryScan(Encoding.UTF8.GetBytes(deep)).Should().BeFalse();
    }

    [Fact]
    public void Damaged_records_are_taken_only_when_JsonDocument_reads_them_to_the_same_document()
    {
        // Each record with bytes replaced, deleted or inserted at random: wherever the scanner takes the line,
        // JsonDocument must read it, to the same document and diagnostics.
        var random = new Random(18);
        const string alphabet = "{}[]\":,\\ u0aeE.-+tfnl1/x";
        int taken = 0;
        for (int round = 0; round < 20000; round++)
        {
            var chars = Records[random.Next(Records.Length)].ToCharArray().ToList();
            for (int edits = random.Next(1, 3); edits > 0 && chars.Count > 0; edits--)
            {
                int at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: chars.RemoveAt(at); break;
                    default: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                }
            }
            var line = new string([.. chars]);
            var bytes = Encoding.UTF8.GetBytes(line);
            if (!StrictJsonLine.NeedsNoRepair(bytes)) continue;
            var scanner = new ScannedJsonLine();
            if (!scanner.TryScan(bytes)) continue;
            taken++;
            Same(bytes, scanner, line);
        }
        taken.Should().BeGreaterThan(1000);
    }

    private static void Same(byte[] bytes, ScannedJsonLine scanner, string because)
    {
        using var document = JsonDocument.Parse(bytes, Options);
        var viaDocument = new List<Diagnostic>();
        var viaScanner = new List<Diagnostic>();
        var expected = JsonRecordMapper.Map("f.jsonl", "f", new JsonRecord(document.RootElement, 3, 7), viaDocument);
        var actual = JsonRecordMapper.Map("f.jsonl", "f", scanner.Root, 3, 7, viaScanner);
        viaScanner.Should().Equal(viaDocument, because);
        if (expected is null)
        {
            actual.Should().BeNull(because);
            return;
        }
        actual.Should().NotBeNull(because);
        (actual!.Id, actual.Body, actual.Title, actual.Description, actual.ImageCaption, actual.Author, actual.Published, actual.Origin)
            .Should().Be((expected.Id, expected.Body, expected.Title, expected.Description, expected.ImageCaption, expected.Author, expected.Published, expected.Origin), because);
        actual.Tags.Should().Equal(expected.Tags, because);
    }
}
