using System.Collections.Immutable;
using Knowledge.Graph;
using Knowledge.Text;

namespace Knowledge.Resolution;

/// <summary>Builds the knowledge graph from annotated documents.</summary>
internal sealed class GraphAssembler
{
    public KnowledgeGraph Assemble(ImmutableArray<Doc> docs)
    {
        var builder = new KnowledgeGraphBuilder();
        foreach (var doc in docs)
        {
            var props = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
            props["docId"] = doc.Id;
            if (doc.Source.Title is { } t) props["title"] = t;
            if (doc.Source.Published is { } p) props["published"] = p;
            props["source"] = doc.Source.Origin.Path;
            builder.AddNode(new GraphNode(DocumentNodeId(doc.Id), NodeType.Document, doc.Source.Title ?? doc.Id) { Properties = props.ToImmutable() });
        }
        return builder.Build();
    }

    public static string DocumentNodeId(string docId) => "document:" + docId;
}
