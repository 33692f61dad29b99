using Knowledge.Ingestion;
using Knowledge.Syntax;

namespace Knowledge.Pipeline;

/// <summary>What an analysed document keeps (<see cref="AnalysisRetention"/>): which a run asks for, and the document that keeps it.</summary>
internal static class AnalysisRetentions
{
    /// <summary>
    /// What a run's analysed documents keep until the graph is built: a run that hands back no annotations keeps only
    /// what the assembly reads (the texts, about a third of what the analyses held, go as each document is analysed).
    /// </summary>
    public static AnalysisRetention Of(PipelineRunOptions options) =>
        !options.KeepAnnotations ? AnalysisRetention.GraphInput
        : options.KeepTokens ? AnalysisRetention.Everything
        : AnalysisRetention.Annotations;

    /// <summary>
    /// What of an analysed document is kept. Without its tokens it keeps no sentences or blocks either, and a source
    /// without its body (the text built from it is kept), so the body can be collected; as input to the graph only, it
    /// keeps of its text only the words the assembly reads (<see cref="ResolutionWords"/>), so the text goes too.
    /// </summary>
    public static Doc Keep(Doc doc, AnalysisRetention retention)
    {
        if (retention == AnalysisRetention.Everything) return doc;
        TokenTable.Forget(doc);
        if (retention == AnalysisRetention.Annotations)
            return doc with { Source = WithoutBody(doc.Source), Tokens = [], Sentences = [], Blocks = [] };
        // The assembly reads no dates layer (a quote's or an event's date is its own reference) and no links.
        var words = ResolutionWords.Of(doc);
        return doc with
        {
            Source = WithoutBody(doc.Source),
            Text = words is null ? doc.Text : "",
            ResolutionWords = words,
            Tokens = [],
            Sentences = [],
            Blocks = [],
            Dates = [],
            Links = [],
        };
    }

    private static SourceDocument WithoutBody(SourceDocument source) => source.Body.Length == 0 ? source : source with { Body = "" };
}
