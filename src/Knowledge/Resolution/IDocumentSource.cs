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
/// own graph parts when the analysis made them (in the same order; default or a null entry: none).
/// </summary>
internal sealed class InMemoryDocumentSource : IDocumentSource
{
    private readonly ImmutableArray<Doc> _docs;
    // The documents of a source that lets them go (see Releasing), its own array; else null.
    private readonly Doc?[]? _owned;
    private readonly ImmutableArray<DocumentGraphParts?> _parts;

    /// <summary>A source that reads <paramref name="docs"/> for every pass and keeps them.</summary>
    public InMemoryDocumentSource(ImmutableArray<Doc> docs, ImmutableArray<DocumentGraphParts?> parts = default)
    {
        _docs = docs;
        _parts = parts;
    }

    private InMemoryDocumentSource(Doc?[] owned, ImmutableArray<DocumentGraphParts?> parts)
    {
        _owned = owned;
        _parts = parts;
    }

    /// <summary>
    /// A source that takes <paramref name="docs"/> over (the caller keeps no other reference to the array) and lets each
    /// document go as the last pass (<see cref="ResolutionPass.Edges"/>) moves past it: what only the documents held (their
    /// text, mentions, quotes, events) can then be collected while the rest of the graph is built, instead of being held
    /// beside the whole graph. The documents can be read for that pass once only.
    /// </summary>
    public static InMemoryDocumentSource Releasing(Doc[] docs, ImmutableArray<DocumentGraphParts?> parts) => new(docs, parts);

    /// <inheritdoc />
    public IEnumerable<Doc> Enumerate(ResolutionPass pass) => _owned is null ? _docs : Read(_owned, release: pass == ResolutionPass.Edges);

    // On the last pass each document is dropped from the array as it is handed out: the reader holds it for its turn only.
    private static IEnumerable<Doc> Read(Doc?[] docs, bool release)
    {
        for (int i = 0; i < docs.Length; i++)
        {
            var doc = docs[i] ?? throw new InvalidOperationException("The documents were let go after their last pass had read them.");
            if (release) docs[i] = null;
            yield return doc;
        }
    }

    /// <summary>The parts made for the <paramref name="index"/>-th document; null when none were.</summary>
    public DocumentGraphParts? PartsOf(int index) => _parts.IsDefault ? null : _parts[index];
}
