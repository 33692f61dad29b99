using Knowledge.Extraction.Dates;
using Knowledge.Extraction.Entities;
using Knowledge.Extraction.Events;
using Knowledge.Extraction.Quotes;
using Knowledge.Extraction.Relations;
using Knowledge.Extraction.Roles;
using Knowledge.Lexicons;
using Knowledge.Text;

namespace Knowledge.Pipeline;

/// <summary>
/// Builds a <see cref="KnowledgePipeline"/> from components, in the manner of Markdig's
/// <c>MarkdownPipelineBuilder</c>: start from <see cref="UseDefaults()"/> or an empty builder, add,
/// insert, replace or remove components by type or by name, then <see cref="Build"/>.
/// </summary>
public sealed class KnowledgePipelineBuilder
{
    private readonly List<IDocComponent> _components = [];
    private LexiconSet _lexicons = LexiconSet.Default;
    private EntityCuration _curation = EntityCuration.Empty;

    /// <summary>The components so far, in order.</summary>
    public IReadOnlyList<IDocComponent> Components => _components;

    /// <summary>Adds the default English components: tokenizer, sentence splitter, dates, entities, roles, quotes, quote dates, events, relations.</summary>
    public KnowledgePipelineBuilder UseDefaults() => UseDefaults(LexiconSet.Default);

    /// <summary>Adds the default components over the given lexicons.</summary>
    public KnowledgePipelineBuilder UseDefaults(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
        Use(new Tokenizer(lexicons));
        Use(new SentenceSplitter(lexicons));
        Use(new DateRecognizer(lexicons));
        Use(new EntityRecognizer(lexicons));
        Use(new RoleRecognizer(lexicons));
        Use(new QuoteExtractor(lexicons));
        Use(new QuoteDateAttributor(lexicons));
        Use(new EventExtractor(lexicons));
        Use(new RelationExtractor(lexicons));
        return this;
    }

    /// <summary>Appends a component.</summary>
    public KnowledgePipelineBuilder Use(IDocComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    /// <summary>The first component of a type, or null.</summary>
    public TComponent? Find<TComponent>() where TComponent : class, IDocComponent => _components.OfType<TComponent>().FirstOrDefault();

    /// <summary>Inserts a component right after the first one of type <typeparamref name="TComponent"/>.</summary>
    public KnowledgePipelineBuilder InsertAfter<TComponent>(IDocComponent component) where TComponent : IDocComponent =>
        InsertAt(IndexOf<TComponent>() + 1, component);

    /// <summary>Inserts a component right before the first one of type <typeparamref name="TComponent"/>.</summary>
    public KnowledgePipelineBuilder InsertBefore<TComponent>(IDocComponent component) where TComponent : IDocComponent =>
        InsertAt(IndexOf<TComponent>(), component);

    /// <summary>Inserts a component right after the one with the given name.</summary>
    public KnowledgePipelineBuilder InsertAfter(string name, IDocComponent component) => InsertAt(IndexOf(name) + 1, component);

    /// <summary>Replaces the first component of type <typeparamref name="TComponent"/>.</summary>
    public KnowledgePipelineBuilder Replace<TComponent>(IDocComponent component) where TComponent : IDocComponent
    {
        ArgumentNullException.ThrowIfNull(component);
        _components[IndexOf<TComponent>()] = component;
        return this;
    }

    /// <summary>Removes every component of type <typeparamref name="TComponent"/>.</summary>
    public KnowledgePipelineBuilder Remove<TComponent>() where TComponent : IDocComponent
    {
        _components.RemoveAll(c => c is TComponent);
        return this;
    }

    /// <summary>Removes the component with the given name, if present.</summary>
    public KnowledgePipelineBuilder Remove(string name)
    {
        _components.RemoveAll(c => c.Name == name);
        return this;
    }

    /// <summary>Sets the lexicons that resolution reads (the ones given to <see cref="UseDefaults(LexiconSet)"/>, else the default ones).</summary>
    public KnowledgePipelineBuilder UseLexicons(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
        return this;
    }

    /// <summary>Sets the corrections resolution applies: names merged or split by hand (<see cref="EntityCuration.Read"/>).</summary>
    public KnowledgePipelineBuilder UseCuration(EntityCuration curation)
    {
        ArgumentNullException.ThrowIfNull(curation);
        _curation = curation;
        return this;
    }

    /// <summary>Builds the pipeline.</summary>
    public KnowledgePipeline Build() => new([.. _components], _lexicons, _curation);

    private KnowledgePipelineBuilder InsertAt(int index, IDocComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Insert(index, component);
        return this;
    }

    private int IndexOf<TComponent>() where TComponent : IDocComponent
    {
        int i = _components.FindIndex(c => c is TComponent);
        return i >= 0 ? i : throw new ArgumentException($"No component of type {typeof(TComponent).Name} in the pipeline.", nameof(TComponent));
    }

    private int IndexOf(string name)
    {
        int i = _components.FindIndex(c => c.Name == name);
        return i >= 0 ? i : throw new ArgumentException($"No component named '{name}' in the pipeline.", nameof(name));
    }
}
