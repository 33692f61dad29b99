using System.Runtime.InteropServices;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// Adds a document's MENTIONS edges, Document —MENTIONS→ entity, with the entity's mentions in the document as
/// evidence. The mentions are gathered per node first, so each edge is given its evidence as one array, which the
/// builder keeps as the edge's own (<see cref="KnowledgeGraphBuilder.AddEdgeSharing"/>): one mention at a time, each
/// went into the builder's pool and out again into a new array. The buffers are reused from document to document.
/// </summary>
internal sealed class MentionEdges
{
    private readonly Dictionary<string, int> _groupOf = new(StringComparer.Ordinal);
    private readonly List<string> _nodeIds = [];
    private readonly List<List<Provenance>> _groups = [];

    public void Add(KnowledgeGraphBuilder builder, Doc doc, string docNode, DocumentNodeIds nodeIds)
    {
        _groupOf.Clear();
        _nodeIds.Clear();
        foreach (var m in doc.Entities)
        {
            var id = nodeIds.Of(m);
            if (id is null) continue;
            ref int group = ref CollectionsMarshal.GetValueRefOrAddDefault(_groupOf, id, out bool exists);
            if (!exists)
            {
                group = _nodeIds.Count;
                _nodeIds.Add(id);
                if (group == _groups.Count) _groups.Add([]);
                else _groups[group].Clear();
            }
            _groups[group].Add(doc.ProvenanceOf(m.Start, m.End));
        }
        // Each node's mentions in the order the document gives them, as they were added one by one.
        for (int group = 0; group < _nodeIds.Count; group++)
            builder.AddEdgeSharing(docNode, EdgeType.MENTIONS, _nodeIds[group], [.. _groups[group]]);
    }
}
