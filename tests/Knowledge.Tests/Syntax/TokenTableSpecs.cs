using FluentAssertions;
using Knowledge.Extraction.Dates;
using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Syntax;

/// <summary>The token table says, for every token, what the lists and the case tests say of its text.</summary>
public class TokenTableSpecs
{
    private static readonly LexiconSet Lex = LexiconSet.Default;

    private static readonly Doc Sample = TokenizedText.Of("table-sample", "The Clean Rivers Act of 2019 and the NRC, said Director Ana Reyes of the Harbor Council Inc. on Monday in May; eSafety the the.");

    [Fact]
    public void Each_bit_is_the_lists_own_answer_for_the_tokens_text()
    {
        var table = Sample.TokenTable(Lex);
        var lists = new (TokenLexicons Bit, Func<string, bool> Holds)[]
        {
            (TokenLexicons.NameConnector, w => Lex.Entities.NameConnectors.Contains(w)),
            (TokenLexicons.LawHead, w => Lex.Laws.Heads.Contains(w)),
            (TokenLexicons.LawHeadTrimmed, w => Lex.Laws.Heads.Contains(w.TrimEnd('.'))),
            (TokenLexicons.CommonCapitalized, w => Lex.English.CommonCapitalized.Contains(w)),
            (TokenLexicons.DefiniteArticle, w => Lex.Entities.DefiniteArticles.Contains(w)),
            (TokenLexicons.Month, w => Lex.English.Months.Contains(w)),
            (TokenLexicons.GivenName, w => Lex.Names.GivenNames.Contains(w)),
            (TokenLexicons.PersonTitle, w => Lex.Titles.PersonTitles.Contains(w)),
            (TokenLexicons.OrganizationHead, w => new OrganizationRules(Lex).IsHead(w)),
            (TokenLexicons.Common, w => new CommonWords(Lex).IsCommon(w)),
            (TokenLexicons.Weekday, w => CalendarWords.Weekday(w) is not null),
        };
        for (int i = 0; i < table.Count; i++)
        {
            string w = Sample.TextOf(Sample.Tokens[i]);
            foreach (var (bit, holds) in lists)
                table.Has(i, bit).Should().Be(holds(w), "token {0} \"{1}\", list {2}", i, w, bit);
        }
        table.Has(Sample.Tokens.IndexOf(Sample.Tokens.First(t => Sample.TextOf(t) == "Act")), TokenLexicons.LawHead).Should().BeTrue("the sample must exercise a set bit");
    }

    [Fact]
    public void Shapes_and_lower_case_forms_agree_with_the_string_tests()
    {
        var table = Sample.TokenTable(Lex);
        Span<char> buffer = stackalloc char[4];
        for (int i = 0; i < table.Count; i++)
        {
            var t = Sample.Tokens[i];
            table.IsNameToken(i).Should().Be(NameChunker.IsNameToken(Sample, t), "token {0}", i);
            table.IsAcronym(i).Should().Be(Acronyms.IsAcronym(Sample, t), "token {0}", i);
            table.LowerOf(i, buffer).ToString().Should().Be(Sample.TextOf(t).ToLowerInvariant());
        }
        table.IsAcronym(Sample.Tokens.IndexOf(Sample.Tokens.First(t => Sample.TextOf(t) == "NRC"))).Should().BeTrue();
        table.IsNameToken(Sample.Tokens.IndexOf(Sample.Tokens.First(t => Sample.TextOf(t) == "eSafety"))).Should().BeTrue();
    }

    [Fact]
    public void The_same_form_has_one_lexeme_id_and_the_table_is_built_once_per_document()
    {
        var table = Sample.TokenTable(Lex);
        var the = Enumerable.Range(0, table.Count).Where(i => Sample.TextOf(Sample.Tokens[i]) == "the").ToList();
        the.Should().HaveCountGreaterThan(2);
        the.Select(table.LexemeId).Distinct().Should().ContainSingle();
        table.LexemeId(the[0]).Should().NotBe(table.LexemeId(Sample.Tokens.IndexOf(Sample.Tokens.First(t => Sample.TextOf(t) == "The"))));
        Sample.TokenTable(Lex).Should().BeSameAs(table);
        (Sample with { Tokens = [.. Sample.Tokens.Take(3)] }).TokenTable(Lex).Count.Should().Be(3, "a document with other tokens gets its own table");
    }

    [Fact]
    public void A_document_of_few_pairs_keeps_one_byte_a_token()
    {
        Sample.TokenTable(Lex).IndexBytes.Should().Be(1);
    }

    [Fact]
    public void A_table_that_keeps_two_bytes_a_token_answers_as_the_one_byte_one()
    {
        var narrow = Sample.TokenTable(Lex);
        var wide = TokenTable.Build(Sample, Lex, mostDistinct: int.MaxValue, mostNarrow: 2);
        wide.IndexBytes.Should().Be(2, "the sample has more pairs than the small one-byte index numbers");
        ShouldAnswerAlike(wide, narrow);
    }

    [Fact]
    public void A_table_that_keeps_each_tokens_bits_and_shape_whole_answers_as_the_indexed_one()
    {
        var indexed = Sample.TokenTable(Lex);
        var whole = TokenTable.Build(Sample, Lex, mostDistinct: 2);
        whole.IndexBytes.Should().Be(0);
        ShouldAnswerAlike(whole, indexed);
        Enumerable.Range(0, indexed.Count).Select(indexed.LexiconsOf).Distinct().Should().HaveCountGreaterThan(2, "the sample must outgrow the small table's index");
    }

    [Fact]
    public void Tables_built_one_after_another_on_a_thread_answer_for_their_own_tokens()
    {
        var other = TokenizedText.Of("table-other", "Council said: the NRC and the Harbor Council Inc. met on Monday, and Ana Reyes met the council.");
        // The other document's repeated forms meet notes the sample's table left in the thread's lexeme cache.
        var sample = TokenTable.Build(Sample, Lex, mostDistinct: int.MaxValue);
        var first = TokenTable.Build(other, Lex, mostDistinct: int.MaxValue);
        var again = TokenTable.Build(other, Lex, mostDistinct: int.MaxValue);

        ShouldAnswerAlike(again, first);
        for (int i = 0; i < first.Count; i++)
        {
            first.LexiconsOf(i).Should().Be(Lex.Lexemes.Find(first.SpanOf(i)).Lexicons, "token {0}", i);
            first.IsNameToken(i).Should().Be(NameChunker.IsNameToken(other, other.Tokens[i]), "token {0}", i);
            first.IsAcronym(i).Should().Be(Acronyms.IsAcronym(other, other.Tokens[i]), "token {0}", i);
        }
        ShouldAnswerAlike(TokenTable.Build(Sample, Lex, mostDistinct: int.MaxValue), sample);
    }

    private static void ShouldAnswerAlike(TokenTable table, TokenTable expected)
    {
        table.Count.Should().Be(expected.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            table.LexiconsOf(i).Should().Be(expected.LexiconsOf(i), "token {0}", i);
            table.Shape(i).Should().Be(expected.Shape(i), "token {0}", i);
            table.IsNameToken(i).Should().Be(expected.IsNameToken(i), "token {0}", i);
            table.IsAcronym(i).Should().Be(expected.IsAcronym(i), "token {0}", i);
        }
    }
}
