using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Tests.Extraction;

/// <summary>Runs the default pipeline over a text written in a test.</summary>
internal static class Analyse
{
    private static readonly KnowledgePipeline Pipeline = KnowledgePipeline.CreateDefault();

    public static Doc Text(string body, string id = "spec", DateOnly? published = null, BodyFormat format = BodyFormat.Markdown) =>
        Pipeline.Process(new SourceDocument(id, body, format, new DocumentOrigin("spec.md")) { Published = published ?? new DateOnly(2024, 3, 5) });
}
