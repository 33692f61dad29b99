using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Pipeline;

/// <summary>
/// Corrections a user makes to entity resolution by hand: names that are one entity (merges) and a name
/// that is two (splits, told apart by document). Read from a curation file (<see cref="Read"/>,
/// format in <see cref="Parse"/>) and given to the pipeline with
/// <see cref="KnowledgePipelineBuilder.UseCuration"/>; resolution applies it, so a store applies it on every resolve.
/// </summary>
public sealed record EntityCuration
{
    /// <summary>No corrections.</summary>
    public static EntityCuration Empty { get; } = new();

    /// <summary>Groups of names, each group one entity.</summary>
    public ImmutableArray<CurationMerge> Merges { get; init; } = [];

    /// <summary>Names that denote another entity in the documents listed.</summary>
    public ImmutableArray<CurationSplit> Splits { get; init; } = [];

    /// <summary>Whether there is nothing to correct.</summary>
    public bool IsEmpty => Merges.IsEmpty && Splits.IsEmpty;

    /// <summary>Reads a curation file; throws <see cref="CurationException"/> naming the file, line and column of a bad rule.</summary>
    public static EntityCuration Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CurationException(path, 0, 0, $"cannot be read ({e.Message})", e);
        }
        return Parse(text, path);
    }

    /// <summary>
    /// Parses curation rules, one a line; blank lines and lines starting with <c>#</c> are ignored:
    /// <c>merge TYPE: NAME | NAME | …</c> makes the names one entity;
    /// <c>split TYPE: NAME @ DOCID, DOCID, …</c> makes the name in those documents an entity of its own.
    /// TYPE is person, organization, law, place or work. Throws <see cref="CurationException"/> for a bad rule.
    /// </summary>
    /// <param name="text">The rules.</param>
    /// <param name="source">The file's name, for messages.</param>
    public static EntityCuration Parse(string text, string source) => CurationParser.Parse(text, source);
}
