using System.Collections.Immutable;
using Knowledge.Ingestion;

namespace Knowledge.Store;

/// <summary>What one worker (<see cref="KnowledgeStore.Work"/>) did.</summary>
/// <param name="WorkerId">The name its claims carried.</param>
/// <param name="Batches">Batches it claimed.</param>
/// <param name="Analysed">Documents it analysed and committed with their mentions.</param>
/// <param name="Failed">Documents whose analysis failed, or whose stored source could not be read: committed as failed, with the error among <paramref name="Diagnostics"/>.</param>
/// <param name="Lost">Documents it analysed but did not commit because its claim had expired and another worker took them.</param>
/// <param name="Diagnostics">The problems met while analysing the documents it committed, and, when it resolved the graph, the stored documents it found damaged (left out and marked failed).</param>
public sealed record WorkResult(string WorkerId, int Batches, int Analysed, int Failed, int Lost, ImmutableArray<Diagnostic> Diagnostics);
