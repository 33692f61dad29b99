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

/// <summary>Documents already in memory (a one-shot run's), in the order given, every layer for every pass.</summary>
internal sealed class InMemoryDocumentSource(ImmutableArray<Doc> docs) : IDocumentSource
{
    public IEnumerable<Doc> Enumerate(ResolutionPass pass) => docs;
}
