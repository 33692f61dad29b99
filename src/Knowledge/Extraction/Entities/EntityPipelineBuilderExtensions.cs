using Knowledge.Pipeline;

namespace Knowledge.Extraction.Entities;

/// <summary>Changes the entity passes of a pipeline being built.</summary>
public static class EntityPipelineBuilderExtensions
{
    /// <summary>
    /// Lets <paramref name="configure"/> change the passes of the pipeline's <see cref="EntityRecognizer"/>
    /// (insert, replace, remove, reorder them) and puts a recogniser with the changed list in its place.
    /// </summary>
    public static KnowledgePipelineBuilder ConfigureEntities(this KnowledgePipelineBuilder builder, Action<EntityPassList> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var recognizer = builder.Find<EntityRecognizer>()
            ?? throw new ArgumentException($"{nameof(ConfigureEntities)} needs an {nameof(EntityRecognizer)} in the pipeline.", nameof(builder));
        var passes = new EntityPassList(recognizer.Passes);
        configure(passes);
        return builder.Replace<EntityRecognizer>(new EntityRecognizer(passes));
    }
}
