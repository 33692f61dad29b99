using Knowledge.Graph;

namespace Knowledge.Query;

/// <summary>Query shortcuts on a <see cref="KnowledgeGraph"/>.</summary>
public static class KnowledgeGraphQueries
{
    /// <summary>
    /// The quotes that meet <paramref name="query"/> (all of them when null), ordered by date.
    /// To run many queries over one graph, create a <see cref="QuoteFinder"/> once instead.
    /// </summary>
    public static IReadOnlyList<QuoteResult> FindQuotes(this KnowledgeGraph graph, QuoteQuery? query = null) =>
        new QuoteFinder(graph).Find(query ?? new QuoteQuery());
}
