using FluentAssertions;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Syntax;

/// <summary>
/// A rule's candidate positions (<see cref="TokenTable.TokensWith(TokenLexicons)"/>): exactly the tokens whose bits hold
/// one of the lists, in order, whatever layout the table keeps, and the same when asked again or through a copy.
/// </summary>
public class TokenCandidatesSpecs
{
    private static readonly LexiconSet Lex = LexiconSet.Default;

    private static readonly Doc Sample = TokenizedText.Of("candidates-sample", "The mayor announced a bill to ban plastic bags, the council said on Monday. According to the report by the Harbor "
        + "Council, the study of rivers and lakes was published in May. \"We will act,\" she told reporters, adding that the law was signed.");

    public static TheoryData<string> Layouts => new() { "one byte a token", "two bytes a token", "whole bits a token" };

    private static TokenTable Build(string layout) => layout switch
    {
        "one byte a token" => TokenTable.Build(Sample, Lex, mostDistinct: int.MaxValue),
        "two bytes a token" => TokenTable.Build(Sample, Lex, mostDistinct: int.MaxValue, mostNarrow: 2),
        _ => TokenTable.Build(Sample, Lex, mostDistinct: 2),
    };

    private static int[] Expected(TokenTable table, TokenLexicons lists) =>
        Enumerable.Range(0, table.Count).Where(i => table.Has(i, lists)).ToArray();

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_scanned_set_of_lists_gives_the_tokens_that_hold_it_in_order(string layout)
    {
        var table = Build(layout);
        foreach (var lists in TokenTable.ScannedLists)
            table.TokensWith(lists).Should().Equal(Expected(table, lists), "the tokens with {0}", lists);
        // The sample holds a candidate of each kind the rules look for, so no set passes by being empty.
        TokenTable.ScannedLists.Should().OnlyContain(lists => table.TokensWith(lists).Length > 0);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_set_the_rules_do_not_scan_for_is_found_on_its_own(string layout)
    {
        var table = Build(layout);
        var lists = TokenLexicons.OfPreposition | TokenLexicons.AndConjunction;
        TokenTable.ScannedLists.Should().NotContain(lists);
        table.TokensWith(lists).Should().Equal(Expected(table, lists)).And.NotBeEmpty();
    }

    [Fact]
    public void Asked_again_or_through_a_copy_of_the_document_the_same_positions_come_back()
    {
        var table = Sample.TokenTable(Lex);
        var first = table.TokensWith(TokenLexicons.SpeechVerb | TokenLexicons.SpeechGerund);
        var copy = Sample with { Entities = [] };
        var again = copy.TokenTable(Lex).TokensWith(TokenLexicons.SpeechVerb | TokenLexicons.SpeechGerund);
        again.Should().Equal(first);
        // Kept, not found again: the very same array.
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(again)
            .Should().BeSameAs(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(first));
    }

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(3, 12)]
    [InlineData(12, 3)]
    [InlineData(5, 5)]
    [InlineData(-4, 8)]
    public void A_range_gives_the_positions_from_its_first_token_up_to_its_end(int first, int end)
    {
        var table = Sample.TokenTable(Lex);
        var lists = TokenLexicons.SpeechVerb | TokenLexicons.SpeechGerund | TokenLexicons.DocumentNoun;
        var expected = Expected(table, lists).Where(i => i >= first && i < end).ToArray();
        table.TokensWith(lists, first, end).ToArray().Should().Equal(expected);
    }

    [Fact]
    public void A_range_cut_between_two_candidates_keeps_those_inside_it()
    {
        var table = Sample.TokenTable(Lex);
        var all = table.TokensWith(TokenLexicons.SpeechVerb | TokenLexicons.SpeechGerund);
        all.Length.Should().BeGreaterThan(2);
        table.TokensWith(TokenLexicons.SpeechVerb | TokenLexicons.SpeechGerund, all[0] + 1, all[^1]).ToArray()
            .Should().Equal(all[1..^1]);
    }
}
