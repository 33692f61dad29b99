using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>
/// Source-after phrases beyond "according to" ("as stated in X", "outlined in X") and infinitive cues under a
/// control word ("X is proud to announce"): the general frames that replace the one-sentence rules.
/// </summary>
public class SourcePhraseSpecs
{
    private static List<QuoteMention> Indirect(string body) =>
        Analyse.Text(body).Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();

    private const string Network = "The Harbor Survivors Network met the harbour council on Monday.\n\n";

    [Theory]
    [InlineData("As outlined in their letter")]
    [InlineData("As stated in their letter")]
    [InlineData("Stated in their letter")]
    public void A_possessed_document_after_a_source_phrase_credits_the_group_named_before(string opening)
    {
        var q = Indirect(Network + $"{opening}, the safety of every child on the docks must come first.").Single();
        q.Text.Should().StartWith("the safety of every child");
        q.Speaker!.Name.Should().Be("Harbor Survivors Network");
    }

    [Fact]
    public void His_statement_credits_the_last_person_named()
    {
        var q = Indirect("Tomas Reyes visited the docks on Monday.\n\nAs expressed in his statement, the harbour needs two more rescue boats before winter.").Single();
        q.Speaker!.Name.Should().Be("Tomas Reyes");
    }

    [Fact]
    public void A_source_phrase_naming_an_organisation_credits_it()
    {
        var q = Indirect("As set out in the Harbor Trust plan, every pier will get new lights and railings by June.").Single();
        q.Speaker!.Name.Should().Be("Harbor Trust");
        q.Text.Should().StartWith("every pier will get");
    }

    [Fact]
    public void Pleased_to_announce_that_reports_the_clause_after_that()
    {
        var q = Indirect("The Harbor Trust is pleased to announce that the new ferry will carry its first passengers in May.").Single();
        q.Speaker!.Name.Should().Be("Harbor Trust");
        q.Text.Should().StartWith("the new ferry will carry");
    }

    [Fact]
    public void A_that_clause_verb_at_the_end_of_the_sentence_reports_the_content_before_it()
    {
        var q = Indirect("The new ferry will carry its first passengers in May, the Harbor Trust announced.").Single();
        q.Speaker!.Name.Should().Be("Harbor Trust");
        q.Text.Should().StartWith("The new ferry will carry");
    }

    [Fact]
    public void An_infinitive_cue_under_a_noun_is_no_report_of_the_name_before_it() =>
        Indirect("New rules would allow Harbor Trust members to request that courts order ferry companies to publish their safety records.")
            .Should().NotContain(q => q.Speaker != null && q.Speaker.Name == "Harbor Trust");
}
