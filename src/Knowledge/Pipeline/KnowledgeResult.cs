using System.Collections.Immutable;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Syntax;

namespace Knowledge.Pipeline;

/// <summary>The result of a pipeline run: the graph, and each document's annotations.</summary>
/// <param name="Graph">The resolved knowledge graph.</param>
/// <param name="Documents">The annotated documents, ordered by id.</param>
public sealed record KnowledgeResult(KnowledgeGraph Graph, ImmutableArray<Doc> Documents)
{
    /// <summary>The problems met while analysing the documents, in document order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Documents.SelectMany(d => d.Diagnostics).ToImmutableArray();
}
