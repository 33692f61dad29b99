using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// What the graph takes from one document alone, with no resolution: its Document node and its quotes' nodes (ids,
/// labels, property maps, evidence). A one-shot run on more than one worker makes them in parallel once the analysis is
/// done and hands them to the assembly with the documents (<see cref="InMemoryDocumentSource"/>), so that the
/// single-threaded assembly only adds them; the assembler makes them itself for a document that comes without them (a
/// run on one worker, a store's documents, a caller's), the same nodes.
/// </summary>
internal sealed class DocumentGraphParts
{
    // Each analysis thread makes its documents' maps through a builder of its own (the builder is not thread-safe).
    [ThreadStatic] private static PropertyMapBuilder? t_properties;

    private DocumentGraphParts(GraphNode documentNode, GraphNode[] quoteNodes)
    {
        DocumentNode = documentNode;
        QuoteNodes = quoteNodes;
    }

    /// <summary>The document's node.</summary>
    public GraphNode DocumentNode { get; }

    /// <summary>The nodes of the document's quotes, in the order of <see cref="Doc.Quotes"/>.</summary>
    public GraphNode[] QuoteNodes { get; }

    /// <summary>The parts of a document, their maps made by <paramref name="props"/>.</summary>
    public static DocumentGraphParts Of(Doc doc, PropertyMapBuilder props) =>
        new(GraphAssembler.DocumentNode(doc, props), Resolution.QuoteNodes.NodesOf(doc, props));

    /// <summary>The parts of a document, made on the calling thread (any thread: each has its own map builder).</summary>
    public static DocumentGraphParts Of(Doc doc) => Of(doc, t_properties ??= new PropertyMapBuilder());
}
