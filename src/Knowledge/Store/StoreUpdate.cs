using System.Collections.Immutable;
using Knowledge.Ingestion;

namespace Knowledge.Store;

/// <summary>What one <see cref="KnowledgeStore.Add"/> did to the store.</summary>
/// <param name="Added">Documents new to the store, analysed and written.</param>
/// <param name="Replaced">Documents whose content changed: analysed again, their old mentions replaced.</param>
/// <param name="Unchanged">Documents already stored with the same content: skipped, not analysed again.</param>
/// <param name="Failed">Documents whose analysis failed: stored without mentions, with the error among <paramref name="Diagnostics"/>.</param>
/// <param name="Diagnostics">The problems met while analysing the documents that were analysed, in batch order.</param>
public sealed record StoreUpdate(int Added, int Replaced, int Unchanged, int Failed, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether the store's documents changed, so the graph must be resolved again.</summary>
    public bool Changed => Added + Replaced + Failed > 0;
}
