using System.Runtime.CompilerServices;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// What the graph takes from one document alone, with no resolution: its Document node and its quotes' nodes (ids,
/// labels, property maps, evidence). A one-shot run makes them in the parallel analysis phase (<see cref="Prepare"/>),
/// so that the single-threaded assembly only adds them; the assembler makes them itself for a document that has none
/// prepared (a store's documents, a caller's), with the same result.
/// </summary>
internal sealed class DocumentGraphParts
{
    // Keyed by the document object: a document read anew (from a store) or changed (a `with` copy) has none, and is made
    // its parts when assembled. The parts die with their document.
    private static readonly ConditionalWeakTable<Doc, DocumentGraphParts> Prepared = new();

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

    /// <summary>Makes the document's parts now (on the calling thread) and keeps them for its assembly.</summary>
    public static void Prepare(Doc doc) => Prepared.AddOrUpdate(doc, Of(doc, t_properties ??= new PropertyMapBuilder()));

    /// <summary>The parts prepared for this document object; null when there are none.</summary>
    public static DocumentGraphParts? Find(Doc doc) => Prepared.TryGetValue(doc, out var parts) ? parts : null;

    /// <summary>Lets the document's prepared parts go (once assembled, the graph holds what it needs of them).</summary>
    public static void Forget(Doc doc) => Prepared.Remove(doc);
}
