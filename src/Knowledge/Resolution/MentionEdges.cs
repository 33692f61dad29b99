using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// Adds a document's MENTIONS edges, Document —MENTIONS→ entity, with the entity's mentions in the document as
/// evidence. The mentions are gathered per node first, so each edge is given its evidence as one array, which the
/// builder keeps as the edge's own (<see cref="KnowledgeGraphBuilder.AddEdgeSharing(int, EdgeType, int, Provenance[])"/>):
/// one mention at a time, each went into the builder's pool and out again into a new array. The buffers are reused
/// from document to document; a mention's group is found by its node's index, not by hashing the node's id.
/// </summary>
internal sealed class MentionEdges
{
    // Each entity node's group in the document in turn, plus one (0: none yet); reset after each document.
    private int[] _groupOfNode = [];
    private readonly List<int> _nodes = [];
    private readonly List<List<Provenance>> _groups = [];

    public void Add(KnowledgeGraphBuilder builder, Doc doc, int docNumber, DocumentNodeIds nodeIds)
    {
        if (_groupOfNode.Length < nodeIds.NodeCount) _groupOfNode = new int[nodeIds.NodeCount];
        var groupOfNode = _groupOfNode;
        _nodes.Clear();
        foreach (var m in doc.Entities)
        {
            int node = nodeIds.IndexOf(m);
            if (node < 0) continue;
            int group = groupOfNode[node] - 1;
            if (group < 0)
            {
                group = _nodes.Count;
                groupOfNode[node] = group + 1;
                _nodes.Add(node);
                if (group == _groups.Count) _groups.Add([]);
                else _groups[group].Clear();
            }
            _groups[group].Add(doc.ProvenanceOf(m.Start, m.End));
        }
        // Each node's mentions in the order the document gives them, as they were added one by one.
        for (int group = 0; group < _nodes.Count; group++)
        {
            int node = _nodes[group];
            groupOfNode[node] = 0;
            builder.AddEdgeSharing(docNumber, EdgeType.MENTIONS, nodeIds.NumberAt(node), [.. _groups[group]]);
        }
    }
}
