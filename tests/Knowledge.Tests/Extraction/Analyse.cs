using System.Collections.Concurrent;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Tests.Extraction;

/// <summary>
/// Runs the default pipeline over a text written in a test: all of it (<see cref="Text"/>), or only the
/// components up to the one a spec is about (<see cref="Through{TComponent}"/>), so a spec of a stage shows
/// that the stage needs nothing after it.
/// </summary>
internal static class Analyse
{
    private static readonly KnowledgePipeline Pipeline = KnowledgePipeline.CreateDefault();
    private static readonly ConcurrentDictionary<Type, KnowledgePipeline> Partial = new();

    public static Doc Text(string body, string id = "spec", DateOnly? published = null, BodyFormat format = BodyFormat.Markdown) =>
        Pipeline.Process(Source(body, id, published, format));

    /// <summary>Runs the default components up to and including the first of type <typeparamref name="TComponent"/>, and no further.</summary>
    public static Doc Through<TComponent>(string body, string id = "spec", DateOnly? published = null) where TComponent : IDocComponent =>
        Partial.GetOrAdd(typeof(TComponent), _ => UpTo<TComponent>()).Process(Source(body, id, published, BodyFormat.Markdown));

    private static KnowledgePipeline UpTo<TComponent>() where TComponent : IDocComponent
    {
        var defaults = new KnowledgePipelineBuilder().UseDefaults().Components;
        var builder = new KnowledgePipelineBuilder();
        foreach (var c in defaults)
        {
            builder.Use(c);
            if (c is TComponent) return builder.Build();
        }
        throw new ArgumentException($"The default pipeline has no {typeof(TComponent).Name}.");
    }

    private static SourceDocument Source(string body, string id, DateOnly? published, BodyFormat format) =>
        new(id, body, format, new DocumentOrigin("spec.md")) { Published = published ?? new DateOnly(2024, 3, 5) };
}
