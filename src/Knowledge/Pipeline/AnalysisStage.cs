namespace Knowledge.Pipeline;

/// <summary>What a pipeline run is doing when it reports <see cref="AnalysisProgress"/>.</summary>
public enum AnalysisStage
{
    /// <summary>Documents are being analysed (in parallel): their text is built and every component runs on it.</summary>
    Analysing,

    /// <summary>Every document is analysed; their entities are being resolved into one graph.</summary>
    Resolving,
}
