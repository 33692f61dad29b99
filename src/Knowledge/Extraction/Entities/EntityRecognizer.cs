using System.Collections.Immutable;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Recognises people, organisations, laws, works and places without a statistical model, by running
/// an ordered list of passes (<see cref="Passes"/>) over a shared set of mentions: numbered-law
/// patterns from jurisdiction packs, capitalised runs classified by lexicons and context, acronyms
/// defined in the text, and later mentions by surname, first name or acronym linked to the full name
/// in the same document. <see cref="EntityPasses.CreateDefault(LexiconSet)"/> lists the default passes;
/// pass another list to the constructor, or change it with
/// <see cref="EntityPipelineBuilderExtensions.ConfigureEntities"/>.
/// </summary>
public sealed class EntityRecognizer : IDocComponent, ISteppedComponent
{
    /// <summary>Creates the recogniser with the default passes over the given lexicons.</summary>
    public EntityRecognizer(LexiconSet lexicons) : this(EntityPasses.CreateDefault(lexicons)) { }

    /// <summary>Creates the recogniser with the default passes over the default lexicons.</summary>
    public EntityRecognizer() : this(LexiconSet.Default) { }

    /// <summary>Creates the recogniser with the given passes, run in order.</summary>
    public EntityRecognizer(IEnumerable<IEntityPass> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        Passes = [.. passes];
        foreach (var pass in Passes) ArgumentNullException.ThrowIfNull(pass, nameof(passes));
    }

    /// <inheritdoc />
    public string Name => "entities";

    /// <summary>The passes, in the order they run.</summary>
    public ImmutableArray<IEntityPass> Passes { get; }

    /// <inheritdoc />
    public Doc Process(Doc doc) => Process(doc, null);

    Doc ISteppedComponent.Process(Doc doc, Action<int, int> stepDone) => Process(doc, stepDone);

    [ThreadStatic]
    private static EntityMentionSet? t_found;

    // Each pass is a step of the progress a pipeline run reports.
    private Doc Process(Doc doc, Action<int, int>? passDone)
    {
        // One set a thread, emptied for each document: the passes keep nothing of it past the document, and its
        // mentions leave as the sorted array, so its lists and index arrays serve the next document.
        var found = t_found ??= new EntityMentionSet(0);
        found.Reset(doc.Text.Length);
        for (int i = 0; i < Passes.Length; i++)
        {
            Passes[i].Run(doc, found);
            passDone?.Invoke(i + 1, Passes.Length);
        }
        return doc with { Entities = found.ToSortedArray() };
    }
}
