namespace Knowledge.Pipeline;

/// <summary>
/// How far a <see cref="KnowledgePipeline.Run(IEnumerable{Knowledge.Ingestion.SourceDocument}, PipelineRunOptions)"/> has got.
/// Characters count a document's source text (body, title, description and image caption); a document being analysed
/// counts in steps, a share of its characters after each component (and each of the entity recogniser's passes)
/// finishes on it, so one large document moves too.
/// Successive reports of one run never go back.
/// </summary>
/// <param name="Stage">What the run is doing.</param>
/// <param name="DocumentsDone">Documents fully analysed (including any whose analysis failed).</param>
/// <param name="DocumentsTotal">Documents in the run.</param>
/// <param name="CharactersDone">Characters analysed, counting part of each document still being analysed.</param>
/// <param name="CharactersTotal">Characters in the run.</param>
public readonly record struct AnalysisProgress(AnalysisStage Stage, int DocumentsDone, int DocumentsTotal, long CharactersDone, long CharactersTotal);
