using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>The wider range of reporting verbs (models/speech/speech-verbs.txt) and the adverbs that may stand before them.</summary>
public class ReportingVerbSpecs
{
    private static List<QuoteMention> Quotes(string body) => Analyse.Text(body).Quotes.ToList();

    [Theory]
    [InlineData("pledged")]
    [InlineData("vowed")]
    public void A_promise_reports_its_infinitive(string verb)
    {
        var q = Quotes($"Margaret Okafor {verb} to rebuild every flooded school in the valley before winter.").Single(x => x.Kind == QuoteKind.Indirect);
        q.Text.Should().StartWith("to rebuild every flooded school");
        q.Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Theory]
    [InlineData("lamented")]
    [InlineData("quipped")]
    public void A_colourful_verb_after_a_quote_names_its_speaker(string verb)
    {
        var q = Quotes($"“We will not wait another year for the bridge to be repaired,” Margaret Okafor {verb}.").Single();
        q.Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void A_quote_broken_by_a_colourful_verb_stays_one_quote()
    {
        var qs = Quotes("“We will not wait another year for the bridge,” Margaret Okafor quipped. “Build it now and build it well for the town.”");
        qs.Should().ContainSingle().Which.Spans.Should().HaveCount(2);
    }

    [Fact]
    public void Flagged_reports_only_before_that()
    {
        Quotes("Margaret Okafor flagged that the harbour rules would leave small fishing crews without any income.")
            .Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Which.Text.Should().StartWith("the harbour rules");
        Quotes("Margaret Okafor flagged the harbour rules as a danger to small fishing crews in the valley.")
            .Should().BeEmpty();
    }

    [Fact]
    public void A_time_adverb_may_stand_between_the_speaker_and_the_verb()
    {
        var q = Quotes("Margaret Okafor today announced that the valley clinic will open two new wards in March.").Single();
        q.Text.Should().StartWith("the valley clinic will open");
        q.Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void The_cue_before_a_quote_is_sought_in_its_own_sentence_or_the_one_before_not_further_back()
    {
        const string body = "The Harbor Trust promises to clean every beach on the coast by the end of the decade. "
            + "Volunteers walked the shore at dawn with their children. "
            + "Then the organisers wrote “every piece of plastic counts when the tide comes in tonight.”";
        Quotes(body).Single(q => q.Kind == QuoteKind.Direct).Speaker.Should().BeNull();
    }
}
