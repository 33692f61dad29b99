namespace Knowledge.Store;

/// <summary>Progress of a <see cref="KnowledgeStore.Add"/>, reported after each batch is committed.</summary>
/// <param name="Documents">Documents read so far (every document of the committed batches).</param>
/// <param name="Batches">Batches committed so far.</param>
/// <param name="Added">Documents added so far.</param>
/// <param name="Replaced">Documents replaced so far.</param>
/// <param name="Unchanged">Documents skipped as unchanged so far.</param>
/// <param name="Failed">Documents whose analysis failed so far.</param>
public readonly record struct StoreProgress(int Documents, int Batches, int Added, int Replaced, int Unchanged, int Failed);
