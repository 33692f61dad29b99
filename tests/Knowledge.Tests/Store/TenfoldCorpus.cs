using System.Collections.Immutable;
using Knowledge.Ingestion;
using Knowledge.Tests.Support;

namespace Knowledge.Tests.Store;

/// <summary>
/// The shared corpus ten times over, built at run time (its texts are never copied into the project): copy k of
/// each document has the id "ID-copyK" (copy 0 keeps its id), so the copies are distinct documents whose mentions
/// resolve across each other, as a large archive's would.
/// </summary>
internal static class TenfoldCorpus
{
    private static readonly Lazy<ImmutableArray<SourceDocument>> Documents = new(Build);

    public static ImmutableArray<SourceDocument> Value => Documents.Value;

    private static ImmutableArray<SourceDocument> Build()
    {
        var corpus = DocumentLoader.Load([TestPaths.CorpusDir]).Documents;
        if (corpus.IsEmpty) throw new InvalidOperationException($"{TestPaths.CorpusDir} holds no documents");
        return [.. Enumerable.Range(0, 10).SelectMany(k => corpus.Select(d => k == 0 ? d : d with { Id = $"{d.Id}-copy{k}" }))];
    }
}
