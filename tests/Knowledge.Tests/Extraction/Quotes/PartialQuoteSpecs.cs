using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>Quoted words inside reported speech are part of one indirect quote, not a direct quote of their own.</summary>
public class PartialQuoteSpecs
{
    private static List<QuoteMention> Quotes(string body) => Analyse.Text(body).Quotes.ToList();

    [Fact]
    public void Quoted_words_at_the_end_of_reported_speech_make_one_indirect_quote()
    {
        var q = Quotes("Maria Delgado said the harbour is now the busiest on the coast, not just “a quiet port for small boats”.").Single();
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Text.Should().StartWith("the harbour is now the busiest").And.Contain("a quiet port for small boats");
        q.Speaker!.Name.Should().Be("Maria Delgado");
    }

    [Fact]
    public void Quoted_words_after_said_that_and_a_clause_stay_inside_the_reported_clause()
    {
        var q = Quotes("Maria Delgado said that as the storms grow stronger, families face dangers that are “harmful to their homes and their livelihoods.”").Single();
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Text.Should().StartWith("as the storms grow stronger");
    }

    [Fact]
    public void A_quote_that_opens_the_content_stays_direct()
    {
        var q = Quotes("Maria Delgado said “the harbour will reopen to every fishing crew next spring.”").Single();
        q.Kind.Should().Be(QuoteKind.Direct);
        q.Speaker!.Name.Should().Be("Maria Delgado");
    }

    [Fact]
    public void A_quote_after_a_colon_stays_direct()
    {
        var q = Quotes("Maria Delgado said the plan is simple: “the harbour will reopen to every fishing crew next spring.”").Single();
        q.Kind.Should().Be(QuoteKind.Direct);
    }

    [Fact]
    public void A_quote_that_runs_past_its_sentence_stays_direct()
    {
        var qs = Quotes("Maria Delgado said the harbour is “the busiest on the whole coast. We will need more boats and more crews to keep it safe.”");
        qs.Should().Contain(q => q.Kind == QuoteKind.Direct && q.Text.StartsWith("the busiest on the whole coast", StringComparison.Ordinal));
    }
}
