using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>The lexicon set reads every file of models/ once, and a user can swap one file for their own.</summary>
public class LexiconSetSpecs
{
    [Fact]
    public void Every_embedded_list_is_read_and_no_other()
    {
        var read = new List<string>();
        LexiconSet.Load(name => { read.Add(name); return LexiconSet.ReadEmbedded(name); });
        read.Should().OnlyHaveUniqueItems();
        read.Order(StringComparer.Ordinal).Should().Equal(LexiconSet.EmbeddedNames, "a file of models/ that no rule reads is dead data");
    }

    [Fact]
    public void A_list_can_be_replaced_by_its_name()
    {
        var set = LexiconSet.Load(name => name == "titles/courtesy-titles" ? "Maestro\n" : LexiconSet.ReadEmbedded(name));
        set.Titles.CourtesyTitles.Contains("maestro").Should().BeTrue();
        set.Titles.CourtesyTitles.Contains("Mr").Should().BeFalse();
    }

    [Fact]
    public void An_unknown_list_name_is_a_clear_error() =>
        FluentActions.Invoking(() => LexiconSet.ReadEmbedded("english/no-such-list"))
            .Should().Throw<KeyNotFoundException>().WithMessage("*english/no-such-list*");
}

/// <summary>The embedded lexicons, decoded a buffer at a time, are the lexicons their whole texts make.</summary>
public class EmbeddedLexiconStreamingSpecs
{
    private const System.Reflection.BindingFlags Members = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic;

    // Every list and table of every group, by group and property name, as the strings a rule can read of it.
    private static Dictionary<string, string[]> Contents(LexiconSet set)
    {
        var contents = new Dictionary<string, string[]>();
        foreach (var group in typeof(LexiconSet).GetProperties(Members).Where(p => p.PropertyType.Name.EndsWith("Lexicons", StringComparison.Ordinal)))
        {
            object lexicons = group.GetValue(set)!;
            foreach (var list in group.PropertyType.GetProperties(Members).Where(p => p.GetIndexParameters().Length == 0))
            {
                string key = group.Name + "." + list.Name;
                if (list.GetValue(lexicons) is Lexicon lexicon) contents[key] = [.. lexicon.Entries];
                else if (list.GetValue(lexicons) is LexiconTable table) contents[key] = [.. table.Rows.Select(r => string.Join('\t', r))];
            }
        }
        return contents;
    }

    [Fact]
    public void The_default_set_holds_what_the_embedded_texts_hold()
    {
        var streamed = Contents(LexiconSet.Default);
        var whole = Contents(LexiconSet.Load(LexiconSet.ReadEmbedded));
        streamed.Should().HaveCountGreaterThan(100);
        streamed.Keys.Should().BeEquivalentTo(whole.Keys);
        foreach (var (key, entries) in whole) streamed[key].Should().Equal(entries, key);
    }

    [Fact]
    public void A_large_list_is_looked_up_as_a_small_one_is()
    {
        var big = new Lexicon("big", Enumerable.Range(0, 3000).Select(i => "Word" + i));
        var bigExact = new Lexicon("big", Enumerable.Range(0, 3000).Select(i => "Word" + i), caseSensitive: true);
        big.Contains("word2999").Should().BeTrue();
        big.Contains("WORD17".AsSpan()).Should().BeTrue();
        big.Contains("word3000").Should().BeFalse();
        bigExact.Contains("Word2999".AsSpan()).Should().BeTrue();
        bigExact.Contains("word2999").Should().BeFalse();
    }

    [Fact]
    public void A_large_table_finds_an_entry_in_any_case()
    {
        var table = LexiconTable.Parse("big", string.Join('\n', Enumerable.Range(0, 3000).Select(i => $"Word{i}\tkind{i % 3}")));
        table.Row("WORD2999")!.Value.Should().Equal("Word2999", "kind2");
        table.Row("word3000").Should().BeNull();
    }

    [Fact]
    public void The_common_words_are_read_as_their_table_reads_them()
    {
        var table = LexiconTable.Parse("english/common-words", LexiconSet.ReadEmbedded("english/common-words"));
        var words = LexiconSet.Default.English.CommonWords;
        words.Count.Should().Be(table.Rows.Select(r => r[0]).Distinct(StringComparer.OrdinalIgnoreCase).Count()).And.BeGreaterThan(1000);
        foreach (var row in table.Rows)
        {
            var first = table.Row(row[0])!.Value;
            words.TryGetKind(row[0].ToUpperInvariant(), out var kind).Should().BeTrue();
            kind.Should().Be(first.Length > 1 && Enum.TryParse<CommonWordKind>(first[1], true, out var k) ? k : null, row[0]);
        }
    }

    [Fact]
    public void A_common_word_keeps_its_first_row_and_a_row_without_a_known_kind_has_none()
    {
        // A kind is read as Enum.TryParse reads it, in any case or as its number, however often its text repeats.
        const string text = "Run\tverb # a note\nrun\tnoun\n odd \t nothing\nbare\n\nwalk\tVERB\ntalk\tverb\nfast\t3\nsole\tnothing\n";
        var words = CommonWordTable.Parse(new LexiconLines(text), LexiconLines.MostLines(text));
        words.TryGetKind("RUN", out var run).Should().BeTrue();
        run.Should().Be(CommonWordKind.Verb);
        words.TryGetKind("odd", out var odd).Should().BeTrue();
        odd.Should().BeNull();
        words.TryGetKind("bare", out var bare).Should().BeTrue();
        bare.Should().BeNull();
        words.TryGetKind("missing", out _).Should().BeFalse();
        words.TryGetKind("walk", out var walk).Should().BeTrue();
        walk.Should().Be(CommonWordKind.Verb);
        words.TryGetKind("talk", out var talk).Should().BeTrue();
        talk.Should().Be(CommonWordKind.Verb);
        words.TryGetKind("fast", out var fast).Should().BeTrue();
        fast.Should().Be(CommonWordKind.Adverb);
        words.TryGetKind("sole", out var sole).Should().BeTrue();
        sole.Should().BeNull();
        words.Count.Should().Be(7);
    }
}
