using System.Collections.Immutable;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Tests.Support;

namespace Knowledge.Tests.Store;

/// <summary>What the store specs compare and where they keep their stores.</summary>
internal static class StoreTestSupport
{
    /// <summary>One pipeline for all store specs: building one reads every lexicon.</summary>
    public static KnowledgePipeline DefaultPipeline { get; } = KnowledgePipeline.CreateDefault();

    /// <summary>The invented texts and the repository's samples: every input shape, and documents that resolve across each other.</summary>
    public static ImmutableArray<SourceDocument> Corpus { get; } =
        [.. InventedNews.Documents, .. DocumentLoader.Load([TestPaths.Samples]).Documents];

    /// <summary>Every export format's files, by file name, as bytes.</summary>
    public static ImmutableSortedDictionary<string, byte[]> Exports(KnowledgeGraph graph)
    {
        using var dir = new Cli.TempDir();
        GraphExporter.Write(graph, dir.Path, ExportFormats.All);
        var files = Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories)
            .ToImmutableSortedDictionary(f => Path.GetRelativePath(dir.Path, f), File.ReadAllBytes, StringComparer.Ordinal);
        // A comparison of nothing would pass: every format must have been written.
        if (!files.ContainsKey("knowledge.json") || !files.ContainsKey("knowledge.graphml") || files.Count < 5)
            throw new InvalidOperationException("the exporter wrote only " + string.Join(", ", files.Keys));
        return files;
    }

    /// <summary>The exports of a one-shot run without a store.</summary>
    public static ImmutableSortedDictionary<string, byte[]> OneShotExports(IEnumerable<SourceDocument> documents) =>
        Exports(DefaultPipeline.Run(documents, keepTokens: false).Graph);
}
