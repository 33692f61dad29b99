using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>
/// "X described Y as Z" reports X's judgement: an indirect quote of the object and its complement; without
/// the complement ("described the scene") the verb reports nothing. A date in the opening adverbial dates it
/// when the speaker ends the subject ("On May 2, the firm's lawyer Ana Cruz described …").
/// </summary>
public class AsComplementSpecs
{
    [Fact]
    public void Described_the_object_as_a_complement_is_reported_speech()
    {
        var doc = Analyse.Text("The company's lawyer Maria Delgado described the fine as a modest price for a long dispute.");
        var q = doc.Quotes.Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Speaker!.Name.Should().Be("Maria Delgado");
        doc.Text[q.Spans[0].Item1..q.Spans[0].Item2].Should().StartWith("the fine as a modest price");
    }

    [Fact]
    public void Described_without_a_complement_reports_nothing()
    {
        var doc = Analyse.Text("Maria Delgado described the flooded streets of the lower town in her report.");
        doc.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void An_opening_date_dates_the_speech_of_the_speaker_who_ends_the_subject()
    {
        var doc = Analyse.Text("At a briefing on March 1, the company's lawyer Maria Delgado described the fine as a modest price for a long dispute.");
        doc.Quotes.Single().Date.Should().Be("2024-03-01");
    }
}
