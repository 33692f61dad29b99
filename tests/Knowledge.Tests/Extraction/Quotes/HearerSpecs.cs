using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>
/// A hearer is no speaker: the person a document was addressed to ("a memo to the mayor, Ana Cruz, said") did not
/// say its content. The document speaks — its own name or the one described before — or, for a new unnamed one, nobody.
/// </summary>
public class HearerSpecs
{
    private static List<QuoteMention> Indirect(string body) =>
        Analyse.Text(body).Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();

    [Theory]
    [InlineData("Nine fishing boats were seized in the bay this week, a report to the port chief, Captain Maria Delgado said on Thursday.")]
    [InlineData("Nine fishing boats were seized in the bay this week, a report to the port chief, Captain Maria Delgado, said on Thursday.")]
    [InlineData("Nine fishing boats were seized in the bay this week, a memo to Captain Maria Delgado said on Thursday.")]
    [InlineData("Nine fishing boats were seized in the bay this week, a letter to Maria Delgado says.")]
    public void The_addressee_of_a_new_document_is_not_the_speaker(string sentence)
    {
        var q = Indirect(sentence).Single();
        q.Speaker.Should().BeNull();
        q.Text.Should().StartWith("Nine fishing boats were seized");
    }

    [Fact]
    public void A_document_opening_the_sentence_with_an_addressee_credits_nobody()
    {
        var q = Indirect("A letter to the port chief, Maria Delgado, said nine fishing boats were seized in the bay this week.").Single();
        q.Speaker.Should().BeNull();
        q.Text.Should().StartWith("nine fishing boats were seized");
    }

    [Fact]
    public void According_to_a_document_addressed_to_a_person_credits_nobody()
    {
        var q = Indirect("Nine fishing boats were seized in the bay this week, according to a memo to Mayor Maria Delgado.").Single();
        q.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_hearer_of_a_speech_verb_is_still_no_speaker_and_the_subject_speaks()
    {
        var q = Indirect("Maria Delgado told the council that nine fishing boats were seized in the bay this week.").Single();
        q.Speaker!.Name.Should().Be("Maria Delgado");
    }

    [Fact]
    public void A_document_with_its_own_name_speaks_for_it()
    {
        var q = Indirect("Nine fishing boats were seized in the bay this week, a Harbor Trust memo to the port chief, Captain Maria Delgado said.").Single();
        q.Speaker!.Name.Should().Be("Harbor Trust");
    }

    [Fact]
    public void An_addressee_between_commas_leaves_the_subject_before_speaking()
    {
        var q = Indirect("Tomas Reyes, in a letter to Mayor Maria Delgado, said the harbour needs two more rescue boats before winter.").Single();
        q.Speaker!.Name.Should().Be("Tomas Reyes");
    }

    [Fact]
    public void A_person_after_a_title_with_no_document_still_speaks()
    {
        var q = Indirect("Nine fishing boats were seized in the bay this week, the port chief, Captain Maria Delgado said on Thursday.").Single();
        q.Speaker!.Name.Should().Be("Maria Delgado");
    }
}
