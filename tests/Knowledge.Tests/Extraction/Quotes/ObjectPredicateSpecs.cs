using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>
/// "X called the plan a landmark proposal": an object-predicate verb reports its speaker's judgement — the object
/// and its predicate — when a short determined object is followed by a predicate opened by "a"/"an"; a time
/// adverbial after the object ("a day later"), an indefinite object or no predicate reports nothing.
/// </summary>
public class ObjectPredicateSpecs
{
    private static List<QuoteMention> Indirect(string body) =>
        Analyse.Text(body).Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();

    [Theory]
    [InlineData("called", "the harbour plan a landmark proposal")]
    [InlineData("described", "the harbour plan a landmark proposal")]
    [InlineData("called", "the new ferry plan an overdue step")]
    [InlineData("called", "the harbour plan a “bold proposal”")]
    public void An_object_and_its_predicate_are_the_speaker_s_judgement(string verb, string judgement)
    {
        var q = Indirect($"Maria Delgado {verb} {judgement} that would make the bay safer for every family.").Single();
        q.Speaker!.Name.Should().Be("Maria Delgado");
        q.Text.Should().StartWith(judgement);
    }

    [Theory]
    [InlineData("Maria Delgado called the police a day later to report the stolen boat from the harbour.")]
    [InlineData("Maria Delgado called the police an hour after the boat was stolen from the harbour.")]
    [InlineData("Maria Delgado called a meeting a week ago to discuss the stolen boats in the harbour.")]
    [InlineData("Maria Delgado called the meeting of the harbour council to discuss the stolen boat.")]
    [InlineData("Maria Delgado described the flooded streets of the lower town in her long report.")]
    public void Without_a_predicate_after_a_determined_object_nothing_is_reported(string sentence) =>
        Indirect(sentence).Should().BeEmpty();

    [Fact]
    public void Called_for_still_reports_its_content()
    {
        var q = Indirect("Maria Delgado called for a new ferry line between the two harbour towns before winter.").Single();
        q.Text.Should().StartWith("a new ferry line");
    }
}
