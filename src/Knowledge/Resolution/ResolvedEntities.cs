using System.Collections.Immutable;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>The resolved entities of a corpus and the node each mention belongs to.</summary>
internal sealed class ResolvedEntities
{
    // Per document, the node of each mention by its range and type: a document's edges look their mentions up in
    // the document's own table, without hashing the document's id per mention. A mention's node is its index in Nodes.
    private readonly Dictionary<string, MentionNode[]> _nodeOf;
    private readonly Dictionary<string, string> _nodeOfKey;
    private readonly Dictionary<(EntityType, string, string?, string?), string?> _nodeOfName = [];
    private readonly EntityKeys _keys;

    public ResolvedEntities(ImmutableArray<GraphNode> nodes, Dictionary<string, MentionNode[]> nodeOf,
        Dictionary<string, string> nodeOfKey, EntityKeys keys)
    {
        Nodes = nodes;
        _keys = keys;
        _nodeOf = nodeOf;
        _nodeOfKey = nodeOfKey;
    }

    public ImmutableArray<GraphNode> Nodes { get; }

    // Each node's number in the graph builder once AddTo has added them (see KnowledgeGraphBuilder.NumberOf).
    private int[] _numbers = [];

    /// <summary>
    /// Adds the nodes to <paramref name="builder"/>, keeping each one's number there: the documents' edges are then
    /// added by numbers (<see cref="DocumentNodeIds.NumberOf"/>), without hashing an entity's id per edge.
    /// </summary>
    public void AddTo(KnowledgeGraphBuilder builder)
    {
        var numbers = new int[Nodes.Length];
        for (int i = 0; i < numbers.Length; i++) numbers[i] = builder.AddNodeNumber(Nodes[i]);
        _numbers = numbers;
    }

    /// <summary>The nodes of one document's mentions.</summary>
    public DocumentNodeIds Of(string docId) => new(_nodeOf.TryGetValue(docId, out var ofDoc) ? ofDoc : [], Nodes, _numbers);

    public string? NodeIdOf(string docId, EntityMention m) => Of(docId).Of(m);

    /// <summary>
    /// The node a name denotes anywhere in the corpus (by the identity keys of <see cref="EntityKeys"/>),
    /// for a name that is not itself a resolved mention, such as a parent body's name inside a unit's name.
    /// A name's answer is worked out once.
    /// </summary>
    public string? NodeIdOfName(EntityMention m)
    {
        if (!m.EquivalentKeys.IsDefaultOrEmpty) return Lookup(m);
        var form = (m.Type, m.Name, m.Key, m.SameAs);
        if (!_nodeOfName.TryGetValue(form, out var id)) _nodeOfName[form] = id = Lookup(m);
        return id;
    }

    private string? Lookup(EntityMention m)
    {
        foreach (var key in _keys.Of(m))
            if (_nodeOfKey.TryGetValue(key, out var id)) return id;
        return null;
    }
}

/// <summary>
/// The nodes of one document's mentions, by each mention's range and type (as indexes into the entity nodes), with
/// the nodes' numbers in the graph builder once <see cref="ResolvedEntities.AddTo"/> has added them.
/// </summary>
internal readonly struct DocumentNodeIds(MentionNode[] nodeOf, ImmutableArray<GraphNode> nodes, int[] numbers)
{
    /// <summary>How many entity nodes there are: every <see cref="IndexOf"/> is below it.</summary>
    public int NodeCount => nodes.Length;

    /// <summary>The index among the entity nodes of a mention of this document's node, or -1 when it resolved to none (a weak mention).</summary>
    public int IndexOf(EntityMention m) => MentionNode.Find(nodeOf, m.Start, m.End, m.Type);

    /// <summary>The node of a mention of this document, or null when it resolved to none (a weak mention).</summary>
    public string? Of(EntityMention m)
    {
        int index = IndexOf(m);
        return index >= 0 ? nodes[index].Id : null;
    }

    /// <summary>The id of the entity node at this index.</summary>
    public string IdAt(int index) => nodes[index].Id;

    /// <summary>The graph builder's number of the entity node at this index.</summary>
    public int NumberAt(int index) => numbers[index];

    /// <summary>The graph builder's number of a mention's node, or -1 when it resolved to none.</summary>
    public int NumberOf(EntityMention m)
    {
        int index = IndexOf(m);
        return index >= 0 ? numbers[index] : -1;
    }
}
