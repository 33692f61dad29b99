using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>
/// Capitalised common English words (from the WordNet list) are told from names: a phrase of common words is
/// not a person, and a common word opening a sentence before a person's name is not part of the name.
/// </summary>
public class CommonWordsSpecs
{
    private static readonly CommonWords Words = new(LexiconSet.Default);

    private static List<string> Persons(Doc doc) =>
        doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Distinct().ToList();

    [Theory]
    [InlineData("Safety", "Noun")]
    [InlineData("Survivors", "Noun")]
    [InlineData("Watch", "Verb")]
    [InlineData("Public", "Adjective")]
    public void A_capitalised_common_word_or_its_plural_has_its_part_of_speech(string word, string kind) =>
        Words.KindOf(word).ToString().Should().Be(kind);

    [Theory]
    [InlineData("Mark")]
    [InlineData("Rose")]
    [InlineData("Delgado")]
    [InlineData("NASA")]
    public void A_given_name_an_unknown_word_or_an_acronym_is_not_common(string word) =>
        Words.IsCommon(word).Should().BeFalse();

    [Theory]
    [InlineData("The minister will work with the Minister of Public Safety on the plan.")]
    [InlineData("Funding for transport projects in the North East was announced, officials said.")]
    [InlineData("The report, said Harbor Policy, was late.")]
    public void A_phrase_of_common_words_is_not_a_person(string text) =>
        Persons(Analyse.Text(text)).Should().BeEmpty();

    [Theory]
    [InlineData("Watch Maria Delgado explain the plan in the video below.")]
    [InlineData("Listen: Maria Delgado said the plan works.")]
    [InlineData("Photo Maria Delgado at the launch in Queensland.")]
    public void A_common_word_opening_the_sentence_is_not_part_of_the_name(string text) =>
        Persons(Analyse.Text(text)).Should().Equal("Maria Delgado");

    [Fact]
    public void A_given_name_opening_the_sentence_stays_in_the_name() =>
        Persons(Analyse.Text("Mark Delgado said the plan works.")).Should().Equal("Mark Delgado");

    [Fact]
    public void A_title_opening_the_sentence_stays_a_title() =>
        Persons(Analyse.Text("Senator Maria Delgado said the plan works.")).Should().Equal("Maria Delgado");
}
