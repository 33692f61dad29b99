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

    /// <summary>
    /// Adds the document's quotes: their nodes as <paramref name="prepared"/> holds them (made in the analysis phase), else
    /// made here, with <paramref name="props"/> making their property maps (one for every document).
    /// </summary>
    public static void Add(KnowledgeGraphBuilder builder, Doc doc, int docNumber, DocumentNodeIds nodeIds, PropertyMapBuilder props,
        DocumentGraphParts? prepared = null)
    {
        var writer = new NodeWriter(doc);
        var quotes = doc.Quotes;
        for (int k = 0; k < quotes.Length; k++)
        {
            var q = quotes[k];
            var node = prepared is not null ? prepared.QuoteNodes[k] : writer.NodeOf(q, props);
            // The node's mentions are the array itself, and so is the evidence of the edges below (none changes it).
            var evidence = ImmutableCollectionsMarshal.AsArray(node.Mentions)!;
            int quote = builder.AddNodeNumber(node);
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

    /// <summary>The nodes of the document's quotes, in the quotes' order: all they hold is the document's (no resolution).</summary>
    public static GraphNode[] NodesOf(Doc doc, PropertyMapBuilder props)
    {
        if (doc.Quotes.IsDefaultOrEmpty) return [];
        var writer = new NodeWriter(doc);
        var nodes = new GraphNode[doc.Quotes.Length];
        for (int k = 0; k < nodes.Length; k++) nodes[k] = writer.NodeOf(doc.Quotes[k], props);
        return nodes;
    }

    /// <summary>Makes one document's quote nodes in turn, keeping what its quotes share (the document's safe id, the last rule's literal).</summary>
    private struct NodeWriter(Doc doc)
    {
        private string? _lastRule, _lastRuleKept;
        // The document's part of the quotes' ids, checked (and escaped) once for all its quotes.
        private string? _safeDocId;

        public GraphNode NodeOf(QuoteMention q, PropertyMapBuilder props)
        {
            _safeDocId ??= NodeIds.Safe(doc.Id);
            string id = $"quote:{_safeDocId}:{q.Start}";
            // Each quote's properties are given in key order (see PropertyMapBuilder).
            int end = q.Spans[^1].End;
            // A rule's name read back from a store is a copy of one of the rules' literals: keep the literal, not a copy per quote.
            // The intern table is asked once per run of quotes with the same rule string, not per quote.
            if (q.AttributionRule is { } r)
            {
                if (!ReferenceEquals(r, _lastRule)) (_lastRule, _lastRuleKept) = (r, string.IsInterned(r) ?? r);
                props["attributionRule"] = _lastRuleKept!;
            }
            if (q.Date is { } d) props["date"] = d;
            props["dateSource"] = DateSourceNames[(int)q.DateSource];
            props["docId"] = doc.Id;
            // The offsets' boxes are shared between quotes (BoxedInts): each would otherwise live as long as the graph.
            props["end"] = BoxedInts.Of(end);
            props["kind"] = KindNames[(int)q.Kind];
            if (doc.SourceSpanOf(q.Start, end) is { } source)
            {
                // Where the quote is in what the user gave (a file's text or a record's field), beside the text offsets.
                if (source.Line > 0) props["sourceColumn"] = BoxedInts.Of(source.Column);
                props["sourceEnd"] = BoxedInts.Of(source.End);
                props["sourceField"] = SourceFieldNames.Of(source.Field);
                if (source.Line > 0) props["sourceLine"] = BoxedInts.Of(source.Line);
                props["sourceStart"] = BoxedInts.Of(source.Start);
            }
            props["start"] = BoxedInts.Of(q.Start);
            props["text"] = q.Text;
            string label = q.Text.Length > 80 ? string.Concat(q.Text.AsSpan(0, 77), "…") : q.Text;
            var evidence = new Provenance[q.Spans.Length];
            for (int i = 0; i < evidence.Length; i++) evidence[i] = doc.ProvenanceOf(q.Spans[i].Start, q.Spans[i].End);
            return new GraphNode(id, NodeType.Quote, label)
            {
                Properties = props.ToImmutable(),
                Mentions = ImmutableCollectionsMarshal.AsImmutableArray(evidence),
            };
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
