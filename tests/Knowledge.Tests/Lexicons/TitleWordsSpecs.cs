using FluentAssertions;
using Knowledge.Extraction.Roles;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>
/// What the title lexicons say of a word on its own lives with the lexicons, built once per lexicon set: the token
/// table's title-start bit and the title phrase matcher ask the same object.
/// </summary>
public class TitleWordsSpecs
{
    private static readonly LexiconSet Lex = LexiconSet.Default;

    [Fact]
    public void A_lexicon_set_builds_its_title_words_once() =>
        Lex.TitleWords.Should().BeSameAs(Lex.TitleWords);

    [Theory]
    [InlineData("Vice", true)]
    [InlineData("VICE", true)]
    [InlineData("Senators", true)]
    [InlineData("Former", true)]
    [InlineData("Reyes", false)]
    [InlineData("the", false)]
    public void A_title_may_start_at_a_modifier_an_entry_s_first_word_or_a_plural_title(string word, bool mayStart)
    {
        Lex.TitleWords.MayStartTitle(word).Should().Be(mayStart);
        Lex.Lexemes.Find(word).Lexicons.HasFlag(TokenLexicons.TitleStart).Should().Be(mayStart, "the token table's bit is the same answer");
        new TitlePhrases(Lex).MayStartTitle(word).Should().Be(mayStart, "the phrase matcher asks the lexicons' answer");
    }

    [Fact]
    public void Only_the_first_word_of_an_entry_of_several_words_opens_one()
    {
        Lex.TitleWords.OpensEntryOfSeveralWords("vice").Should().BeTrue("\"Vice Mayor\" is an entry");
        Lex.TitleWords.OpensEntryOfSeveralWords("Mayor").Should().BeFalse("no entry of several words opens with it");
    }

    [Fact]
    public void A_plural_title_is_a_lexicon_title_and_its_singular_is_cut_by_the_plural_endings()
    {
        Lex.TitleWords.IsLexiconTitle("Vice Mayors").Should().BeTrue();
        Lex.TitleWords.Singular("Senators").Should().Be("Senator");
        Lex.TitleWords.IsLexiconTitle("Reyes").Should().BeFalse();
    }

    [Theory]
    [InlineData("Research", true)]
    [InlineData("research", false)]
    [InlineData("Council", false)]
    [InlineData("Reyes", false)]
    public void The_scope_word_bit_is_the_lexicons_answer_for_a_capitalised_field_word(string word, bool scope)
    {
        Lex.TitleWords.IsScopeWord(word).Should().Be(scope);
        Lex.Lexemes.Find(word).Lexicons.HasFlag(TokenLexicons.ScopeWord).Should().Be(scope);
    }

    [Theory]
    [InlineData("former", true)]
    [InlineData("Acting", true)]
    [InlineData("DEPUTY", true)]
    [InlineData("Mayor", false)]
    [InlineData("Reyes", false)]
    public void The_title_modifier_bit_is_the_modifier_lexicons_answer_in_any_case(string word, bool modifier)
    {
        Lex.TitleWords.IsModifier(word).Should().Be(modifier);
        Lex.Lexemes.Find(word).Lexicons.HasFlag(TokenLexicons.TitleModifier).Should().Be(modifier);
    }

    [Fact]
    public void Every_honorific_person_title_and_office_noun_is_a_lexicon_title_in_any_case()
    {
        var titles = Lex.Titles;
        foreach (var lexicon in new[] { titles.Honorifics, titles.PersonTitles, titles.OfficeNouns })
            foreach (string entry in lexicon.Entries)
            {
                if (entry.EndsWith('.')) continue; // the phrase is asked without its dots
                Lex.TitleWords.IsLexiconTitle(entry).Should().BeTrue(entry);
                Lex.TitleWords.IsLexiconTitle(entry.ToUpperInvariant()).Should().BeTrue(entry);
            }
        Lex.TitleWords.IsLexiconTitle("Harbor").Should().BeFalse();
    }

    [Fact]
    public void The_person_title_start_bit_is_set_on_the_first_word_of_every_person_title_in_any_case()
    {
        foreach (string entry in Lex.Titles.PersonTitles.Entries)
        {
            int space = entry.IndexOf(' ');
            string first = space < 0 ? entry : entry[..space];
            Lex.TitleWords.OpensPersonTitle(first).Should().BeTrue(entry);
            Lex.Lexemes.Find(first.ToUpperInvariant()).Lexicons.HasFlag(TokenLexicons.PersonTitleStart).Should().BeTrue(entry);
        }
        Lex.TitleWords.OpensPersonTitle("Harbor").Should().BeFalse();
        Lex.Lexemes.Find("Reyes").Lexicons.HasFlag(TokenLexicons.PersonTitleStart).Should().BeFalse();
    }
}
