using System.Runtime.InteropServices;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The spans of a document's direct quotes, for the components that leave a speaker's own words
/// alone (events and relations are the article's account, not what someone said).
/// </summary>
internal sealed class DirectQuoteSpans
{
    /// <summary>The spans of a document without direct quotes: shared, as nothing changes it.</summary>
    private static readonly DirectQuoteSpans None = new([]);

    private readonly (int Start, int End)[] _spans;

    private DirectQuoteSpans((int Start, int End)[] spans) => _spans = spans;

    /// <summary>
    /// The direct quotes' spans of a document. Events and relations both ask, each of a copy of the document with the
    /// same quotes: the spans of the last quotes asked on this thread are kept and given again for the same array.
    /// </summary>
    public static DirectQuoteSpans Of(Doc doc)
    {
        if (doc.Quotes.IsDefault) return Of(ReadOnlySpan<QuoteMention>.Empty);
        var quotes = ImmutableCollectionsMarshal.AsArray(doc.Quotes);
        if (quotes is not null && ReferenceEquals(quotes, t_lastQuotes) && t_lastSpans is { } kept) return kept;
        var spans = Of(doc.Quotes.AsSpan());
        (t_lastQuotes, t_lastSpans) = (quotes, spans);
        return spans;
    }

    // The quotes last asked of on this thread and their spans: both are immutable, so giving them again is safe.
    [ThreadStatic] private static QuoteMention[]? t_lastQuotes;
    [ThreadStatic] private static DirectQuoteSpans? t_lastSpans;

    /// <summary>The spans of the direct quotes among <paramref name="quotes"/>.</summary>
    public static DirectQuoteSpans Of(List<QuoteMention> quotes) => Of(CollectionsMarshal.AsSpan(quotes));

    /// <summary>
    /// The spans of the direct quotes among <paramref name="quotes"/>: counted first, then copied into one array of that
    /// size.
    /// </summary>
    private static DirectQuoteSpans Of(ReadOnlySpan<QuoteMention> quotes)
    {
        int count = 0;
        foreach (var q in quotes)
            if (q.Kind == QuoteKind.Direct) count += q.Spans.Length;
        if (count == 0) return None;
        var spans = new (int Start, int End)[count];
        int n = 0;
        foreach (var q in quotes)
            if (q.Kind == QuoteKind.Direct)
                foreach (var span in q.Spans) spans[n++] = span;
        return new DirectQuoteSpans(spans);
    }

    /// <summary>The spans, in the order the quotes give them.</summary>
    public IReadOnlyList<(int Start, int End)> Spans => _spans;

    /// <summary>Whether a range lies wholly inside one quote.</summary>
    public bool Contain(int start, int end)
    {
        // Asked for every mention and sentence of a document: a loop, not a closure per question.
        foreach (var q in _spans)
            if (start >= q.Start && end <= q.End) return true;
        return false;
    }

    /// <summary>Whether a mention lies wholly inside one quote.</summary>
    public bool Contain(EntityMention e) => Contain(e.Start, e.End);

    /// <summary>Whether a range shares a character with a quote.</summary>
    public bool Overlap(int start, int end)
    {
        foreach (var q in _spans)
            if (q.Start < end && start < q.End) return true;
        return false;
    }

    /// <summary>Whether an offset falls inside a quote.</summary>
    public bool Cover(int offset)
    {
        foreach (var q in _spans)
            if (offset >= q.Start && offset < q.End) return true;
        return false;
    }
}
