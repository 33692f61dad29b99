using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// Adds Quote nodes (text, docId, date, date source, kind, offsets in the text and in the source) with Speaker —SAID→ Quote,
/// Quote —IN→ Document and Quote —ABOUT→ the laws, organisations and people it names.
/// A quote's id is its document and first offset, so reruns give the same ids.
/// </summary>
internal static class QuoteNodes
{
    // The names exports write, made once rather than per quote.
    private static readonly string[] KindNames = LowerCaseNames<QuoteKind>();
    private static readonly string[] DateSourceNames = LowerCaseNames<QuoteDateSource>();

    private static string[] LowerCaseNames<T>() where T : struct, Enum =>
        [.. Enum.GetValues<T>().OrderBy(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).Select(v => v.ToString().ToLowerInvariant())];

    public static void Add(KnowledgeGraphBuilder builder, Doc doc, int docNumber, DocumentNodeIds nodeIds)
    {
        // One builder for the document's quotes: a map made from it stays as it was when the builder is cleared.
        ImmutableSortedDictionary<string, object>.Builder? props = null;
        string? lastRule = null, lastRuleKept = null;
        foreach (var q in doc.Quotes)
        {
            string id = $"quote:{NodeIds.Safe(doc.Id)}:{q.Start}";
            if (props is null) props = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
            else props.Clear();
            // The offsets' boxes are shared between quotes (BoxedInts): each would otherwise live as long as the graph.
            props["text"] = q.Text;
            props["docId"] = doc.Id;
            props["kind"] = KindNames[(int)q.Kind];
            props["dateSource"] = DateSourceNames[(int)q.DateSource];
            if (q.Date is { } d) props["date"] = d;
            props["start"] = BoxedInts.Of(q.Start);
            props["end"] = BoxedInts.Of(q.Spans[^1].End);
            if (doc.SourceSpanOf(q.Start, q.Spans[^1].End) is { } source)
            {
                // Where the quote is in what the user gave (a file's text or a record's field), beside the text offsets.
                props["sourceField"] = SourceFieldNames.Of(source.Field);
                props["sourceStart"] = BoxedInts.Of(source.Start);
                props["sourceEnd"] = BoxedInts.Of(source.End);
                if (source.Line > 0)
                {
                    props["sourceLine"] = BoxedInts.Of(source.Line);
                    props["sourceColumn"] = BoxedInts.Of(source.Column);
                }
            }
            // A rule's name read back from a store is a copy of one of the rules' literals: keep the literal, not a copy per quote.
            // The intern table is asked once per run of quotes with the same rule string, not per quote.
            if (q.AttributionRule is { } r)
            {
                if (!ReferenceEquals(r, lastRule)) (lastRule, lastRuleKept) = (r, string.IsInterned(r) ?? r);
                props["attributionRule"] = lastRuleKept!;
            }
            string label = q.Text.Length > 80 ? string.Concat(q.Text.AsSpan(0, 77), "…") : q.Text;
            var evidence = new Provenance[q.Spans.Length];
            for (int i = 0; i < evidence.Length; i++) evidence[i] = doc.ProvenanceOf(q.Spans[i].Start, q.Spans[i].End);
            int quote = builder.AddNodeNumber(new GraphNode(id, NodeType.Quote, label)
            {
                Properties = props.ToImmutable(),
                // The node's mentions are the array itself, and so is the evidence of the edges below (none changes it).
                Mentions = ImmutableCollectionsMarshal.AsImmutableArray(evidence),
            });
            // The edges by the nodes' numbers: the quote's id and its ends' ids are not hashed again per edge.
            builder.AddEdgeSharing(quote, EdgeType.IN, docNumber, evidence);
            if (q.Speaker is not null && nodeIds.NumberOf(q.Speaker) is var speaker and >= 0)
                builder.AddEdgeSharing(speaker, EdgeType.SAID, quote, evidence);
            // The mentions inside the quote's spans, in text order, found by binary search (not a scan of the
            // document's mentions per quote, which a long document pays for quadratically).
            foreach (var span in SpansInOrder(q))
                for (int i = doc.EntityIndexAtOrAfter(span.Start); i < doc.Entities.Length && doc.Entities[i].Start < span.End; i++)
                {
                    var e = doc.Entities[i];
                    if (e.End > span.End || e == q.Speaker) continue;
                    if (e.Type is not (EntityType.Law or EntityType.Organization or EntityType.Person or EntityType.Work)) continue;
                    if (nodeIds.NumberOf(e) is var about and >= 0) builder.AddEdge(quote, EdgeType.ABOUT, about, doc.ProvenanceOf(e.Start, e.End));
                }
        }
    }

    /// <summary>The quote's spans by start (a stable order), usually the spans as they are.</summary>
    private static ImmutableArray<(int Start, int End)> SpansInOrder(QuoteMention q)
    {
        for (int i = 1; i < q.Spans.Length; i++)
            if (q.Spans[i].Start < q.Spans[i - 1].Start) return [.. q.Spans.OrderBy(s => s.Start)];
        return q.Spans;
    }
}
