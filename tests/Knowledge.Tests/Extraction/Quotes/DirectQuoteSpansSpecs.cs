using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Extraction.Quotes;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>
/// The direct quotes' spans, read once per document by events and relations: every span of every direct quote, in the
/// quotes' order, and none of an indirect one.
/// </summary>
public class DirectQuoteSpansSpecs
{
    private static QuoteMention Quote(QuoteKind kind, params (int Start, int End)[] spans) => new(kind, [.. spans], "words");

    [Fact]
    public void Every_span_of_a_direct_quote_counts_and_an_indirect_quote_does_not()
    {
        var spans = DirectQuoteSpans.Of(new List<QuoteMention>
        {
            Quote(QuoteKind.Direct, (10, 20), (30, 40)),
            Quote(QuoteKind.Indirect, (50, 60)),
            Quote(QuoteKind.Direct, (70, 80)),
        });

        spans.Spans.Should().Equal((10, 20), (30, 40), (70, 80));
        spans.Contain(32, 38).Should().BeTrue();
        spans.Contain(18, 32).Should().BeFalse("the range spans the gap between two parts of one quote");
        spans.Cover(55).Should().BeFalse("an indirect quote is the article's account");
        spans.Overlap(79, 90).Should().BeTrue();
    }

    [Fact]
    public void Copies_of_a_document_with_the_same_quotes_get_the_same_spans_and_other_quotes_their_own()
    {
        var doc = new Doc(new SourceDocument("d", "The words of a speaker, quoted.", BodyFormat.PlainText, new DocumentOrigin("d.txt")), "", [])
        {
            Quotes = [Quote(QuoteKind.Direct, (4, 9))],
        };
        var eventsCopy = doc with { Events = [] };
        var relationsCopy = eventsCopy with { Relations = [] };
        var requoted = relationsCopy with { Quotes = [Quote(QuoteKind.Direct, (14, 21))] };

        var first = DirectQuoteSpans.Of(eventsCopy);

        DirectQuoteSpans.Of(relationsCopy).Should().BeSameAs(first, "the copies share the quotes, read once");
        DirectQuoteSpans.Of(requoted).Spans.Should().Equal((14, 21));
        DirectQuoteSpans.Of(eventsCopy).Spans.Should().Equal((4, 9));
    }

    [Fact]
    public void Without_direct_quotes_nothing_is_inside_one()
    {
        var spans = DirectQuoteSpans.Of(new List<QuoteMention> { Quote(QuoteKind.Indirect, (0, 100)) });

        spans.Spans.Should().BeEmpty();
        spans.Cover(50).Should().BeFalse();
    }
}
