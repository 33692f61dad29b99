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
    // Of a source that lets its documents go: each document's event triggers (see TriggersOf), noted as its text goes.
    private readonly string[]?[]? _triggers;

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
        _triggers = new string[owned.Length][];
    }

    /// <summary>
    /// A source that takes <paramref name="docs"/> over (the caller keeps no other reference to the array) and lets what
    /// only the documents held go as early as the passes allow, instead of holding it beside the whole graph: each
    /// document's text as the entity pass moves past it (the edge pass reads the text only for the events' triggers,
    /// noted before it goes: <see cref="TriggersOf"/>), and the rest of each document (mentions, quotes, events) as the
    /// last pass (<see cref="ResolutionPass.Edges"/>) moves past it. Each pass can read the documents once only.
    /// </summary>
    public static InMemoryDocumentSource Releasing(Doc[] docs, ImmutableArray<DocumentGraphParts?> parts) => new(docs, parts);

    /// <inheritdoc />
    public IEnumerable<Doc> Enumerate(ResolutionPass pass) => _owned is null ? _docs : Read(_owned, pass);

    // Each document is swapped for what the later passes need as the reader moves past it: the reader holds all of it for its turn only.
    private IEnumerable<Doc> Read(Doc?[] docs, ResolutionPass pass)
    {
        for (int i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            if (doc is null || (pass == ResolutionPass.Entities && _triggers![i] is not null))
                throw new InvalidOperationException("The documents were let go after the pass that read them last.");
            if (pass == ResolutionPass.Edges) docs[i] = null;
            yield return doc;
            if (pass != ResolutionPass.Entities) continue;
            _triggers![i] = EventTriggers(doc);
            docs[i] = doc with { Text = "", ResolutionWords = null };
        }
    }

    private static string[] EventTriggers(Doc doc)
    {
        if (doc.Events.IsDefaultOrEmpty) return [];
        if (doc.ResolutionWords is { } words) return words.Triggers(doc.Events);
        var triggers = new string[doc.Events.Length];
        for (int i = 0; i < triggers.Length; i++) triggers[i] = doc.Slice(doc.Events[i].Trigger.Start, doc.Events[i].Trigger.End);
        return triggers;
    }

    /// <summary>
    /// The text of each of the <paramref name="index"/>-th document's event triggers, in the order of its
    /// <see cref="Doc.Events"/>, once the entity pass has let its text go; null while the document has its text.
    /// </summary>
    public string[]? TriggersOf(int index) => _triggers?[index];

    /// <summary>The parts made for the <paramref name="index"/>-th document; null when none were.</summary>
    public DocumentGraphParts? PartsOf(int index) => _parts.IsDefault ? null : _parts[index];
}
