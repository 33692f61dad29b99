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
/// <c>MarkdownPipelineBuilder</c>: start from <see cref="UseDefaults"/> or an empty builder, add,
/// insert or remove components by name, then <see cref="Build"/>.
/// </summary>
public sealed class KnowledgePipelineBuilder
{
    private readonly List<IDocComponent> _components = [];

    /// <summary>The components so far, in order.</summary>
    public IReadOnlyList<IDocComponent> Components => _components;

    /// <summary>Adds the default English components: tokenizer, sentence splitter, dates, entities, roles, quotes, quote dates, events, relations.</summary>
    public KnowledgePipelineBuilder UseDefaults()
    {
        var lexicons = LexiconSet.Default;
        Use(new Tokenizer(lexicons));
        Use(new SentenceSplitter(lexicons));
        Use(new DateRecognizer(lexicons));
        Use(new EntityRecognizer(lexicons));
        Use(new RoleRecognizer(lexicons));
        Use(new QuoteExtractor(lexicons));
        Use(new QuoteDater(lexicons));
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

    /// <summary>Inserts a component right after the one with the given name.</summary>
    public KnowledgePipelineBuilder InsertAfter(string name, IDocComponent component)
    {
        int i = _components.FindIndex(c => c.Name == name);
        if (i < 0) throw new ArgumentException($"No component named '{name}' in the pipeline.", nameof(name));
        _components.Insert(i + 1, component);
        return this;
    }

    /// <summary>Removes the component with the given name, if present.</summary>
    public KnowledgePipelineBuilder Remove(string name)
    {
        _components.RemoveAll(c => c.Name == name);
        return this;
    }

    /// <summary>Builds the pipeline.</summary>
    public KnowledgePipeline Build() => new([.. _components]);
}
