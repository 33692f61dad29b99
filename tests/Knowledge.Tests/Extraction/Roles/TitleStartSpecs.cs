using FluentAssertions;
using Knowledge.Extraction.Roles;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Extraction.Roles;

/// <summary>The token table's title-start bit is set for every word a title can start with, so testing it loses no title.</summary>
public class TitleStartSpecs
{
    private static readonly LexiconSet Lex = LexiconSet.Default;
    private static readonly TitlePhrases Titles = new(Lex);

    [Fact]
    public void Every_entry_of_the_title_lexicons_starts_with_a_title_start()
    {
        foreach (var lexicon in new[] { Lex.Titles.PersonTitles, Lex.Titles.Honorifics, Lex.Titles.OfficeNouns, Lex.Titles.Modifiers })
            foreach (string entry in lexicon.Entries)
            {
                string first = entry.Split(' ')[0];
                Titles.MayStartTitle(first).Should().BeTrue("\"{0}\" opens \"{1}\"", first, entry);
                Titles.MayStartTitle(first.ToUpperInvariant()).Should().BeTrue("lookups ignore case: \"{0}\"", entry);
            }
    }

    [Theory]
    [InlineData("Senators")]
    [InlineData("Atty.")]
    [InlineData("Former")]
    [InlineData("Research")]
    [InlineData("Prosecutors")]
    public void Titles_plurals_modifiers_and_field_words_may_start_a_title(string word) =>
        Titles.MayStartTitle(word).Should().BeTrue();

    [Theory]
    [InlineData("Reyes")]
    [InlineData("the")]
    [InlineData("Ana")]
    [InlineData("2019")]
    public void Other_words_start_no_title(string word) =>
        Titles.MayStartTitle(word).Should().BeFalse();

    [Fact]
    public void Every_token_a_title_is_found_at_has_the_bit_and_tokens_without_it_start_none()
    {
        var doc = TokenizedText.Of("titles", "Former Vice Mayor Ana Reyes met Senators Ben Cruz and Atty. Lia Soto, the Research Lead Tom Lee and "
            + "Senior Assistant City Prosecutor Ria Go of the Harbor Council, with Acting Director Prof. Noel Tan.");
        var table = doc.TokenTable(Lex);
        int titles = 0;
        for (int i = 0; i < table.Count; i++)
        {
            bool bit = table.Has(i, TokenLexicons.TitleStart);
            bit.Should().Be(Titles.MayStartTitle(doc.TextOf(doc.Tokens[i])), "token {0}", i);
            if (Titles.LengthAt(doc, i, table.Count) > 0) titles++;
            else if (!bit) Titles.StackedLengthAt(doc, i, table.Count).Should().Be(0);
        }
        titles.Should().BeGreaterThanOrEqualTo(6, "the sample holds titles at Former, Vice, Senators, Atty., Research, Senior, Acting, Director");
        table.Has(doc.Tokens.IndexOf(doc.Tokens.First(t => doc.TextOf(t) == "Reyes")), TokenLexicons.TitleStart).Should().BeFalse();
    }

    [Fact]
    public void Every_entry_of_several_words_is_found_whole_in_any_case()
    {
        foreach (var lexicon in new[] { Lex.Titles.PersonTitles, Lex.Titles.Honorifics, Lex.Titles.OfficeNouns })
            foreach (string entry in lexicon.Entries)
            {
                int words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                // Entries of letters and spaces only: the tokens of "King's Counsel" join with a space before "'s".
                if (words < 2 || !entry.All(c => char.IsLetter(c) || c == ' ')) continue;
                foreach (string form in new[] { entry, entry.ToUpperInvariant() })
                {
                    var doc = Tokenized(form + " said so.");
                    int tokens = doc.Tokens.ToList().FindIndex(t => doc.TextOf(t) == "said");
                    Titles.LengthAt(doc, 0, tokens).Should().Be(tokens, "\"{0}\" is a title", form);
                }
            }
    }

    private static Doc Tokenized(string text) =>
        TokenizedText.Of("title-sample", text);
}
