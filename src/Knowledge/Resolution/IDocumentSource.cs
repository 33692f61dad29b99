using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// The analysed documents of a corpus, read anew for each pass of resolution, in resolution order (by id, then by
/// source path). A source need hold no document longer than the pass that reads it: a store reads one document at
/// a time, so resolving a large corpus keeps the resolver's state and the graph in memory, not the documents.
/// </summary>
internal interface IDocumentSource
{
    /// <summary>The documents in resolution order, with at least the layers <paramref name="pass"/> reads.</summary>
    IEnumerable<Doc> Enumerate(ResolutionPass pass);
}

/// <summary>
/// Documents already in memory (a one-shot run's), in the order given, every layer for every pass; with each document's
/// own graph parts when the analysis made them (<paramref name="parts"/>, in the same order; default or a null entry: none).
/// </summary>
internal sealed class InMemoryDocumentSource(ImmutableArray<Doc> docs, ImmutableArray<DocumentGraphParts?> parts = default) : IDocumentSource
{
    public IEnumerable<Doc> Enumerate(ResolutionPass pass) => docs;

    /// <summary>The parts made for the <paramref name="index"/>-th document; null when none were.</summary>
    public DocumentGraphParts? PartsOf(int index) => parts.IsDefault ? null : parts[index];
}
