using FluentAssertions;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Syntax;

/// <summary>
/// A later stage's copy of a document reads the token table built for an earlier copy (same text, same tokens): as a
/// view that names the copy (<see cref="TokenTable.Of"/>) or as bare bits (<see cref="TokenTable.BitsOf"/>), with the
/// answers of a table of its own and without building one.
/// </summary>
public class TokenBitsSpecs
{
    private static readonly LexiconSet Lex = LexiconSet.Default;

    private static Doc NewSample() => TokenizedText.Of("bits-sample", string.Concat(Enumerable.Repeat("According to the mayor, the council launched a fund on Monday by urging donors to give, the report said. ", 40)));

    [Fact]
    public void A_later_copy_gets_a_view_of_the_same_data_that_names_the_copy()
    {
        var doc = NewSample();
        var table = doc.TokenTable(Lex);
        var copy = doc with { Entities = [new EntityMention(EntityType.Person, 0, 9, "According", "spec")] };
        long before = GC.GetAllocatedBytesForCurrentThread();
        var view = copy.TokenTable(Lex);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        view.Doc.Should().BeSameAs(copy, "the entity rules read the mentions of the document they run on");
        table.Doc.Should().BeSameAs(doc);
        allocated.Should().BeLessThan(table.Count, "a view shares the per-token data: a new table takes a byte a token");
        ShouldAnswerAlike(view, table);
        copy.TokenTable(Lex).Should().BeSameAs(view, "the thread keeps its last table");
    }

    [Fact]
    public void A_later_copy_reads_the_bits_without_a_table_of_its_own()
    {
        var doc = NewSample();
        var table = doc.TokenTable(Lex);
        var copy = doc with { Quotes = [] };
        // Another document's bits first: the copy's are then found in the kept tables, by its text, with every path compiled.
        NewSample().TokenBits(Lex).Count.Should().Be(table.Count);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var bits = copy.TokenBits(Lex);
        GC.GetAllocatedBytesForCurrentThread().Should().Be(before, "the bits are the earlier copy's table, not a view of it");
        bits.Count.Should().Be(table.Count);
        bits.Lexicons.Should().BeSameAs(Lex);
        for (int i = 0; i < table.Count; i++)
        {
            bits.LexiconsOf(i).Should().Be(table.LexiconsOf(i), "token {0}", i);
            bits.Shape(i).Should().Be(table.Shape(i), "token {0}", i);
        }
    }

    [Fact]
    public void A_document_with_another_text_or_other_tokens_gets_a_table_of_its_own()
    {
        var doc = NewSample();
        var table = doc.TokenTable(Lex);
        var otherText = doc with { Text = new string(doc.Text.AsSpan()) };
        otherText.TokenTable(Lex).Should().NotBeSameAs(table);
        ShouldAnswerAlike(otherText.TokenTable(Lex), table);
        (doc with { Tokens = [.. doc.Tokens.Take(5)] }).TokenBits(Lex).Count.Should().Be(5);
        TokenTable.LexiconsOf(doc with { Tokens = [.. doc.Tokens.Take(5)] }, Lex, 0).Should().Be(table.LexiconsOf(0));
    }

    [Fact]
    public void The_later_stages_bits_are_their_lists_own_answers()
    {
        var doc = NewSample();
        var bits = doc.TokenBits(Lex);
        var triggerOpeners = Lex.Events.Triggers.Rows.Select(r => r[0].ToLowerInvariant().Split(' ')[0]).ToHashSet();
        var lists = new (TokenLexicons Bit, Func<string, bool> Holds)[]
        {
            (TokenLexicons.SpeechVerb, w => Lex.Speech.TryGetFrames(w, out _)),
            (TokenLexicons.SpeechGerund, w => Lex.Speech.Gerunds.Contains(w)),
            (TokenLexicons.SourceAfterOpener, w => Lex.Speech.SourceAfterPhrases.Any(p => p[0].Equals(w, StringComparison.OrdinalIgnoreCase))),
            (TokenLexicons.TriggerOpener, w => triggerOpeners.Contains(w.ToLowerInvariant())),
            (TokenLexicons.DocumentNoun, w => Lex.Works.DocumentNouns.Contains(w)),
        };
        foreach (var (bit, holds) in lists)
        {
            int set = 0;
            for (int i = 0; i < bits.Count; i++)
            {
                string w = doc.TextOf(doc.Tokens[i]);
                bits.Has(i, bit).Should().Be(holds(w), "token {0} \"{1}\", list {2}", i, w, bit);
                if (bits.Has(i, bit)) set++;
            }
            set.Should().BeGreaterThan(0, "the sample must exercise {0}", bit);
        }
    }

    [Fact]
    public void A_form_with_a_surrogate_may_open_a_trigger_whatever_its_letters()
    {
        Lex.Lexemes.Find("\U00010400x").Lexicons.HasFlag(TokenLexicons.TriggerOpener).Should().BeTrue();
        Lex.Lexemes.Find("Launched").Lexicons.HasFlag(TokenLexicons.TriggerOpener).Should().BeTrue();
        Lex.Lexemes.Find("table").Lexicons.HasFlag(TokenLexicons.TriggerOpener).Should().BeFalse();
    }

    [Fact]
    public void Every_list_bit_stays_below_the_case_shape_in_the_packed_pair()
    {
        foreach (var bit in Enum.GetValues<TokenLexicons>())
            ((ulong)bit >> TokenTable.MostLexiconBits).Should().Be(0, "{0} would overlap the shape", bit);
    }

    private static void ShouldAnswerAlike(TokenTable table, TokenTable expected)
    {
        table.Count.Should().Be(expected.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            table.LexiconsOf(i).Should().Be(expected.LexiconsOf(i), "token {0}", i);
            table.Shape(i).Should().Be(expected.Shape(i), "token {0}", i);
        }
    }
}
