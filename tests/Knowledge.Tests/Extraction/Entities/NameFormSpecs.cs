using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>
/// The forms a person's name takes: a quoted nickname inside it, particles and honorifics of Arabic names,
/// suffixes and initials, and a surname written alone (a hyphen's part or a compound surname).
/// </summary>
public class NameFormSpecs
{
    private static List<string> Persons(Doc doc) =>
        doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Distinct().ToList();

    private static KnowledgeGraph Graph(string text) =>
        KnowledgePipeline.CreateDefault().Run([new SourceDocument("doc", text, BodyFormat.Markdown, new DocumentOrigin("doc.md"))]).Graph;

    [Theory]
    [InlineData("Senator Marisol “Tito” Vergara said the plan would help.")]
    [InlineData("The plan was backed by Marisol “Tito” Vergara on Monday.")]
    [InlineData("Marisol \"Tito\" Vergara, the mayor, spoke first.")]
    public void A_quoted_nickname_between_given_name_and_surname_is_left_out_of_the_name(string text) =>
        Persons(Analyse.Text(text)).Should().Equal("Marisol Vergara");

    [Fact]
    public void The_nickname_form_is_an_alias_of_the_person()
    {
        var person = Graph("Senator Marisol “Tito” Vergara said the plan would help.").NodesOf(NodeType.Person).Single();
        person.Label.Should().Be("Marisol Vergara");
        person.Aliases.Should().Contain(a => a.Contains("“Tito”"));
    }

    [Fact]
    public void A_quotation_after_a_name_is_not_a_nickname() =>
        Persons(Analyse.Text("Maria Vergara said “Yes” to Ramon Ortiz on Monday.")).Should().Equal("Maria Vergara", "Ramon Ortiz");

    [Theory]
    [InlineData("The summit was opened by HH Sheikh Faris bin Tamim Al Qadiri, the deputy minister.", "Faris bin Tamim Al Qadiri")]
    [InlineData("His Highness Sheikh Omar bin Rashed Al Fadli sent greetings.", "Omar bin Rashed Al Fadli")]
    [InlineData("Greetings came from Sheikha Noor binti Salem Al Harbi yesterday.", "Noor binti Salem Al Harbi")]
    [InlineData("The talk was given by Luis de la Fuente and nobody else.", "Luis de la Fuente")]
    public void Particles_keep_a_name_whole_and_honorifics_are_dropped(string text, string name) =>
        Persons(Analyse.Text(text)).Should().Equal(name);

    [Theory]
    [InlineData("Toni G. Marlowe signed the bill.", "Toni G. Marlowe")]
    [InlineData("The bill was signed by Benito C. Arcaya Jr. on Friday.", "Benito C. Arcaya Jr.")]
    [InlineData("The bill was signed by Desmond Arcaya III on Friday.", "Desmond Arcaya III")]
    public void Initials_and_suffixes_stay_in_the_name(string text, string name) =>
        Persons(Analyse.Text(text)).Should().Equal(name);

    [Theory]
    [InlineData("Dolores Prieto-Vance, the special envoy, said the case was clear. Later Vance said more.", "Vance")]
    [InlineData("Senator Rowena Castillo Brandt backed it. “It works,” said Senator Castillo Brandt.", "Castillo Brandt")]
    public void A_surname_written_alone_is_the_full_name_not_a_new_person(string text, string alone)
    {
        var doc = Analyse.Text(text);
        Persons(doc).Should().ContainSingle();
        doc.Entities.Where(e => e.Type == EntityType.Person).Should().Contain(e => e.SameAs == alone);
    }

    [Theory]
    [InlineData("The rescue was led by Zaniel Orquia Baltazo of the welfare office.", "Zaniel Orquia Baltazo")]
    [InlineData("For more information, please contact Ysandre Volkert at the office.", "Ysandre Volkert")]
    [InlineData("The panel, chaired by Quoril Amsbeck, met twice.", "Quoril Amsbeck")]
    [InlineData("Other experts, like Quoril Amsbeck, argue that the rules are too weak.", "Quoril Amsbeck")]
    [InlineData("Scholars such as Quoril Amsbeck disagree.", "Quoril Amsbeck")]
    public void A_person_cue_before_unknown_capitalised_words_makes_a_name(string text, string name) =>
        Persons(Analyse.Text(text)).Should().Equal(name);

    [Theory]
    [InlineData("The rescue was led by Harbor Safety Partners last year.")]
    [InlineData("For more information, please contact Public Affairs at the office.")]
    [InlineData("The team was led by Queensland officials.")]
    [InlineData("Firms like Harbor Capital Partners and Queensland Rail disagree.")]
    public void Common_words_places_or_organisations_after_a_cue_are_no_person(string text) =>
        Persons(Analyse.Text(text)).Should().BeEmpty();

    [Fact]
    public void An_acronym_before_a_given_name_is_not_part_of_the_name() =>
        Persons(Analyse.Text("The deal with current HPA Maria Lindqvist closed the case.")).Should().Equal("Maria Lindqvist");

    [Fact]
    public void A_name_ending_in_a_plural_organisation_head_is_no_person() =>
        Persons(Analyse.Text("He is now the chairman of the Hollis Companies, which he founded.")).Should().BeEmpty();

    [Fact]
    public void A_common_word_that_opens_a_place_stays_in_the_place() =>
        Analyse.Text("Critics decried the powers of New York State's prosecutors.").Entities
            .Should().NotContain(e => e.Name.StartsWith("York", StringComparison.Ordinal));

    [Theory]
    [InlineData("“It helps,” says Ambassador Dorian Falk AO, the envoy.", "Dorian Falk")]
    [InlineData("The award went to Maria Lindqvist OBE last year.", "Maria Lindqvist")]
    [InlineData("The study was written by Maria Lindqvist PhD and colleagues.", "Maria Lindqvist")]
    public void Post_nominal_letters_are_not_part_of_the_name(string text, string name) =>
        Persons(Analyse.Text(text)).Should().Equal(name);

    [Fact]
    public void A_name_that_owns_a_persons_name_is_no_person() =>
        Persons(Analyse.Text("On the call, Harmon Lyle’s Maria Lindqvist asked about cash.")).Should().Equal("Maria Lindqvist");

    [Fact]
    public void A_person_owning_a_thing_stays_a_person() =>
        Persons(Analyse.Text("On the call, Maria Lindqvist’s report was read.")).Should().Equal("Maria Lindqvist");
}
