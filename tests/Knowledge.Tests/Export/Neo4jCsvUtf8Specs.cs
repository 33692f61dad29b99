using System.Text;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>
/// The UTF-8 field writer writes the bytes the character writer wrote through a UTF-8 StreamWriter: the same quoting,
/// doubling, dropping and array joining, and the same treatment of non-ASCII text and lone surrogates.
/// </summary>
public class Neo4jCsvUtf8Specs
{
    /// <summary>What a CSV field can hold that needs care, beside the XML pieces (controls, quotes, surrogates, line breaks).</summary>
    private static readonly string[] CsvPieces =
    [
        ",", ";", "\"", " ", "\t", "\u000B", "\u0080", "\u0085", "\u009F", "\u00A0", "\u00BF", "\u00C0", "\u2003", "\u3000",
        "\uD83D\u0001\uDE00", "\uD83D\u0085\uDE00", "\uD83D\"\uDE00", "\uD83D;\uDE00", "doc-17", "person:ada-lovelace",
    ];

    private static string Text(Random random) => random.Next(3) switch
    {
        0 => RandomXmlStrings.Next(random, 8) + CsvPieces[random.Next(CsvPieces.Length)] + RandomXmlStrings.Next(random, 8),
        1 => CsvPieces[random.Next(CsvPieces.Length)],
        _ => RandomXmlStrings.Next(random, 16),
    };

    /// <summary>The same rows written by the old character writer and by the UTF-8 writer.</summary>
    private static (byte[] Old, byte[] New) Write(IEnumerable<Action<Neo4jCsvTextWriterReference, Neo4jCsv>> fields)
    {
        using var oldBytes = new MemoryStream();
        using var newBytes = new MemoryStream();
        using (var writer = new StreamWriter(oldBytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true))
        using (var csv = new Neo4jCsv(newBytes))
        {
            var reference = new Neo4jCsvTextWriterReference(writer);
            foreach (var field in fields) field(reference, csv);
            csv.Flush();
        }
        return (oldBytes.ToArray(), newBytes.ToArray());
    }

    private static Action<Neo4jCsvTextWriterReference, Neo4jCsv> RandomField(Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                string[] items = [.. Enumerable.Range(0, random.Next(5)).Select(_ => random.Next(4) == 0 ? "" : Text(random))];
                return (r, c) => { r.Array(items); c.Array(items); };
            case 1:
                long n = random.Next(3) == 0 ? random.NextInt64(long.MinValue, long.MaxValue) : random.Next(100_000);
                return (r, c) => { r.Int(n); c.Int(n); };
            case 2:
                return (r, c) => { r.EndRow(); c.EndRow(); };
            default:
                string s = Text(random);
                return (r, c) => { r.Field(s); c.Field(s); };
        }
    }

    [Fact]
    public void Random_fields_and_arrays_are_the_bytes_the_character_writer_wrote_through_a_StreamWriter()
    {
        var random = new Random(18);
        for (int i = 0; i < 20_000; i++)
        {
            var fields = Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomField(random)).Append((r, c) => { r.EndRow(); c.EndRow(); }).ToList();
            var (old, written) = Write(fields);
            written.Should().Equal(old, "case {0} is written as the character writer wrote it: {1}", i, Encoding.UTF8.GetString(old));
        }
    }

    [Fact]
    public void Rows_longer_than_the_buffer_and_the_flush_threshold_are_written_whole()
    {
        var random = new Random(181);
        var fields = new List<Action<Neo4jCsvTextWriterReference, Neo4jCsv>>();
        for (int i = 0; i < 3000; i++)
        {
            string big = string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(_ => Text(random)));
            string[] items = [big, Text(random), big];
            fields.Add((r, c) => { r.Field(big); c.Field(big); });
            fields.Add((r, c) => { r.Array(items); c.Array(items); });
            if (random.Next(3) == 0) fields.Add((r, c) => { r.EndRow(); c.EndRow(); });
        }
        string huge = new('x', 300_000);
        fields.Add((r, c) => { r.Field(huge + "\"" + huge); c.Field(huge + "\"" + huge); });
        fields.Add((r, c) => { r.EndRow(); c.EndRow(); });
        var (old, written) = Write(fields);
        old.Length.Should().BeGreaterThan(1_000_000);
        written.Should().Equal(old);
    }

    /// <summary>Each text and its field; in a table, not theory data, as xunit's serialisation of test cases mangles lone surrogates.</summary>
    private static readonly (string Value, string Field)[] SurrogateCases =
    [
        ("a\uD83Db", "a\uFFFDb"),
        ("\uDE00", "\uFFFD"),
        ("x\uD83D\u0001\uDE00y", "x\U0001F600y"),
        ("x\uD83D\u0085\uDE00y", "x\U0001F600y"),
        ("x\uD83D\"\uDE00y", "\"x\uFFFD\"\"\uFFFDy\""),
        ("\u00A0nbsp", "\"\u00A0nbsp\""),
        ("c1\u0080\u009F dropped, latin \u00BF\u00C0 kept", "\"c1 dropped, latin \u00BF\u00C0 kept\""),
    ];

    [Fact]
    public void Lone_surrogates_become_U_FFFD_and_a_pair_split_only_by_dropped_controls_is_whole()
    {
        foreach (var (value, field) in SurrogateCases)
        {
            var (old, written) = Write([(r, c) => { r.Field(value); c.Field(value); }]);
            written.Should().Equal(old);
            Encoding.UTF8.GetString(written).Should().Be(field);
        }
    }
}
