using FluentAssertions;
using Knowledge.Cli;
using Xunit;

namespace Knowledge.Tests.Cli;

public sealed class EncodingOptionSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // A title with an é and a quote in Windows-1252 quotation marks (0x93, 0x94).
    private string Windows1252File()
    {
        var path = _dir.Combine("in", "fares.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " fares\n\nJos"u8, 0xE9, .. " Berg said "u8, 0x93, .. "Fares rise in May for every island route."u8, 0x94, .. "\n"u8];
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Extract_reads_a_Windows_1252_file_by_default_and_warns_which_encoding_it_assumed()
    {
        var path = Windows1252File();
        var outDir = _dir.Combine("out");

        var (code, _, stderr) = CliRunner.Run("extract", path, "--out", outDir, "-q");

        code.Should().Be(KnowledgeCommand.Success, stderr);
        stderr.Should().Contain(path).And.Contain("warning").And.Contain("read as Windows-1252");
        File.ReadAllText(Path.Combine(outDir, "quotes.jsonl")).Should().Contain("Fares rise in May");
    }

    [Fact]
    public void Extract_with_encoding_utf8_refuses_a_Windows_1252_file_naming_it_and_the_byte()
    {
        var path = Windows1252File();
        var good = _dir.File("good.txt", "The court heard the case on Monday.\n");

        var (code, _, stderr) = CliRunner.Run("extract", path, good, "--out", _dir.Combine("out"), "-q", "--encoding", "utf-8");
        var (alone, _, _) = CliRunner.Run("extract", path, "--out", _dir.Combine("out"), "-q", "--encoding", "utf-8");

        code.Should().Be(KnowledgeCommand.PartialSuccess);
        stderr.Should().Contain($"{path}:1:4: error: not valid UTF-8: byte 0xE9 at offset 3");
        alone.Should().Be(KnowledgeCommand.NoInput, "with nothing else read, no document was read");
    }

    [Fact]
    public void Enqueue_and_extract_into_a_store_take_the_encoding_too()
    {
        var path = Windows1252File();
        var store = _dir.Combine("k.db");

        var (code, _, stderr) = CliRunner.Run("enqueue", path, "--store", store, "--encoding", "utf-8");
        code.Should().Be(KnowledgeCommand.PartialSuccess);
        stderr.Should().Contain("not valid UTF-8");

        (code, _, stderr) = CliRunner.Run("extract", path, "--store", store, "--out", _dir.Combine("out"), "-q", "--encoding", "windows-1252");
        code.Should().Be(KnowledgeCommand.Success, stderr);
        stderr.Should().BeEmpty();
        File.ReadAllText(Path.Combine(_dir.Combine("out"), "knowledge.json")).Should().Contain("\"Caf\u00e9 fares\"");
    }

    [Fact]
    public void The_query_commands_reading_texts_take_the_encoding_too()
    {
        var path = Windows1252File();

        var (code, stdout, stderr) = CliRunner.Run("quotes", path, "--format", "json", "--encoding", "windows-1252");
        code.Should().Be(KnowledgeCommand.Success, stderr);
        stderr.Should().BeEmpty("an encoding given is not a guess to warn about");
        stdout.Should().Contain("Caf\u00e9 fares");

        foreach (var args in new[] { new[] { "quotes", path }, ["stats", path], ["path", "a", "b", path] })
        {
            (code, _, stderr) = CliRunner.Run([.. args, "--encoding", "utf-8"]);
            stderr.Should().Contain("not valid UTF-8", string.Join(' ', args));
        }
    }

    [Fact]
    public void An_unknown_encoding_is_a_usage_error_listing_the_choices()
    {
        var (code, _, stderr) = CliRunner.Run("extract", Windows1252File(), "--encoding", "ebcdic");

        code.Should().Be(KnowledgeCommand.UsageError);
        stderr.Should().Contain("Unknown --encoding value 'ebcdic'").And.Contain("windows-1252");
    }
}
