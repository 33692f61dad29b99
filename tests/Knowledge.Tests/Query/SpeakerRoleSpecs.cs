using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Query;
using Xunit;

namespace Knowledge.Tests.Query;

/// <summary>End to end: the role a quote's speaker holds is the one the quote's own article states, however it states it.</summary>
public class SpeakerRoleSpecs
{
    private static SourceDocument Article(string id, string body, DateOnly published) =>
        new(id, body, BodyFormat.Markdown, new DocumentOrigin(id + ".md")) { Published = published };

    [Fact]
    public void A_quote_takes_the_role_its_own_article_states_rather_than_another_articles()
    {
        var graph = KnowledgePipeline.CreateDefault().Run(
        [
            Article("fees", "Minister Hollis Varga announced a review of port fees. “The fees are too high for every small trader,” Varga said.", new DateOnly(2024, 2, 1)),
            Article("vote", "“We will vote on the port fees next week, whatever the ministry says,” Hollis Varga said on Monday. Varga is a senator for the northern district.", new DateOnly(2024, 6, 1)),
        ]).Graph;
        var quotes = graph.FindQuotes(new QuoteQuery { Speaker = "Varga" });
        quotes.Single(q => q.DocumentId == "fees").Role?.Title.Should().Be("Minister");
        quotes.Single(q => q.DocumentId == "vote").Role?.Title.Should().Be("Senator");
    }
}
