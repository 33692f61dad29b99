namespace Knowledge.Pipeline;

/// <summary>What an analysed document keeps once its analysis is done, until the graph is built from it.</summary>
internal enum AnalysisRetention
{
    /// <summary>Everything: its tokens, sentences and blocks, its source's body, its text and every layer.</summary>
    Everything,

    /// <summary>
    /// Its text and annotations (the entity, date, role, quote, event, relation and link layers) and its source without
    /// the body: no tokens, sentences or blocks. What a caller is handed, or a store writes.
    /// </summary>
    Annotations,

    /// <summary>
    /// Only what the graph's assembly reads, for a run that hands back no annotations: the layers it reads (entities,
    /// roles, quotes, events, relations), the source without its body, and instead of the text only the words of its
    /// mentions and event triggers (<see cref="Syntax.ResolutionWords"/>); no tokens, sentences, blocks, dates or links.
    /// </summary>
    GraphInput,
}
