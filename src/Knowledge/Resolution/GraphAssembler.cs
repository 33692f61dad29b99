using System.Collections.Immutable;
using Knowledge.Graph;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// Resolves the documents' mentions into one node per real entity across the corpus and builds the
/// graph: Document nodes, entity nodes (label = fullest name, aliases = every other form seen, merge
/// evidence kept), MENTIONS edges with offsets, roles, quotes, events and the relations the texts state.
/// </summary>
internal sealed class GraphAssembler
{
    private readonly EntityKeys _keys;
    private readonly EntityCuration _curation;

    public GraphAssembler(LexiconSet lexicons) : this(lexicons, EntityCuration.Empty) { }

    public GraphAssembler(LexiconSet lexicons, EntityCuration curation)
    {
        _keys = new EntityKeys(lexicons);
        _curation = curation;
    }

    /// <summary>Builds the graph of documents already in memory, given in resolution order.</summary>
    public KnowledgeGraph Assemble(ImmutableArray<Doc> docs) => Assemble(new InMemoryDocumentSource(docs));

    /// <summary>As <see cref="Assemble(ImmutableArray{Doc})"/>, with each document's own graph parts made already (same order; null: none).</summary>
    public KnowledgeGraph Assemble(ImmutableArray<Doc> docs, ImmutableArray<DocumentGraphParts?> parts) => Assemble(new InMemoryDocumentSource(docs, parts));

    /// <summary>
    /// Builds the graph in two passes over <paramref name="source"/>: the first adds the Document nodes and collects
    /// the entity mentions, which are then resolved into entity nodes; the second adds each document's edges, roles,
    /// quotes and events and collects its relations, whose edges are added last. No document is kept past its turn.
    /// </summary>
    public KnowledgeGraph Assemble(IDocumentSource source)
    {
        var builder = new KnowledgeGraphBuilder();
        var resolver = new EntityResolver(_keys, _curation);
        // Most edges are MENTIONS, about one per entity mention (fewer where a document names an entity again, more
        // for roles, quotes and events): the edge table is made that size once rather than doubled to it.
        int mentionCount = 0;
        // The nodes of the second pass are at most one per quote, per event mention and per role mention (when the
        // documents hold those layers in this pass; a store reads them only in the second).
        int laterNodeCount = 0;
        // The property maps of documents, roles and quotes, made one after another.
        var properties = new PropertyMapBuilder();
        // The documents' own parts, when the analysis phase made them (a one-shot run's): added as they are, else made here.
        var inMemory = source as InMemoryDocumentSource;
        int index = 0;
        foreach (var doc in source.Enumerate(ResolutionPass.Entities))
        {
            builder.AddNode(inMemory?.PartsOf(index++)?.DocumentNode ?? DocumentNode(doc, properties));
            resolver.Add(doc);
            mentionCount += doc.Entities.Length;
            laterNodeCount += LengthOf(doc.Quotes) + LengthOf(doc.Events) + LengthOf(doc.Roles);
        }
        builder.ReserveEdges(mentionCount);
        var entities = resolver.Resolve();
        builder.ReserveNodes(entities.Nodes.Length + laterNodeCount);
        entities.AddTo(builder);
        var mentions = new MentionEdges();
        var relations = new RelationEdges();
        var events = new EventNodes();
        index = 0;
        foreach (var doc in source.Enumerate(ResolutionPass.Edges))
        {
            int at = index++;
            string docNode = DocumentNodeId(doc.Id);
            // The document's node was added in the first pass: its number is looked up once, not per edge.
            int docNumber = builder.NumberOf(docNode);
            var nodeIds = entities.Of(doc.Id);
            mentions.Add(builder, doc, docNumber, nodeIds);
            RoleEdges.Add(builder, doc, nodeIds, properties);
            QuoteNodes.Add(builder, doc, docNumber, nodeIds, properties, inMemory?.PartsOf(at));
            events.Add(builder, doc, docNumber, nodeIds, inMemory?.TriggersOf(at));
            relations.Collect(builder, doc, docNode, entities);
        }
        events.Finish(builder);
        relations.AddTo(builder);
        return builder.Build();
    }

    private static int LengthOf<T>(ImmutableArray<T> layer) => layer.IsDefault ? 0 : layer.Length;

    /// <summary>The document's node; its properties are given in key order (see PropertyMapBuilder).</summary>
    internal static GraphNode DocumentNode(Doc doc, PropertyMapBuilder props)
    {
        if (doc.Source.Author is { } a) props["author"] = a;
        props["docId"] = doc.Id;
        if (doc.Source.Published is { } p) props["published"] = p;
        props["source"] = doc.Source.Origin.Path;
        if (!doc.Source.Tags.IsDefaultOrEmpty) props["tags"] = string.Join("|", doc.Source.Tags);
        if (doc.Source.Title is { } t) props["title"] = t;
        return new GraphNode(DocumentNodeId(doc.Id), NodeType.Document, doc.Source.Title ?? doc.Id) { Properties = props.ToImmutable() };
    }

    public static string DocumentNodeId(string docId) => "document:" + NodeIds.Safe(docId);
}
