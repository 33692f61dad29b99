using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Knowledge.Extraction.Entities;
using Knowledge.Extraction.Quotes;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Relations;

/// <summary>
/// Pipeline component "relations": the relations a document states between its names, with the
/// words that state them: laws that amend or refer to other laws (<see cref="LawRelations"/>),
/// members and parts of organisations as sentences say them (<see cref="MembershipRelations"/>) and
/// as units' names say them (<see cref="UnitNames"/>), and where organisations are
/// (<see cref="OrganizationPlaces"/>). Names inside direct quotes are left to their
/// speakers. Runs after the entity, quote and event components.
/// </summary>
public sealed class RelationExtractor : IDocComponent
{
    private readonly RelationCues _cues;
    private readonly RelationWords _words;
    private readonly Lexicon _unitHeads;
    private readonly Lexicon _places;
    private readonly NameLexicons _names;

    /// <summary>Creates the component over the given lexicons.</summary>
    public RelationExtractor(LexiconSet lexicons)
    {
        _cues = new RelationCues(lexicons.Relations.Cues);
        _words = new RelationWords(lexicons);
        _unitHeads = lexicons.Organizations.Units;
        _places = lexicons.Names.Places;
        _names = lexicons.Names;
    }

    /// <summary>Creates the component over the default lexicons.</summary>
    public RelationExtractor() : this(LexiconSet.Default) { }

    /// <inheritdoc />
    public string Name => "relations";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var quotes = DirectQuoteSpans.Of(doc);
        // The finders run one after the other on this thread: they share one reader of cue words and one list of entities.
        var words = t_words ??= new CueWords();
        var entities = t_entities ??= [];
        // The finders add to one list, then copied once into an array of its size.
        var found = t_found ??= [];
        found.Clear();
        LawRelations.Find(doc, _cues, _words, quotes, words, entities, found);
        MembershipRelations.Find(doc, _cues, _words, _unitHeads, quotes, words, entities, found);
        UnitNames.Find(doc, _words, _unitHeads, _places, found);
        OrganizationPlaces.Find(doc, _words, _names, quotes, entities, found);
        var relations = found.Count == 0 ? ImmutableArray<RelationMention>.Empty : ImmutableArray.Create(CollectionsMarshal.AsSpan(found));
        entities.Clear();
        return doc with { Relations = relations };
    }

    [ThreadStatic] private static CueWords? t_words;
    [ThreadStatic] private static List<EntityMention>? t_entities;
    [ThreadStatic] private static List<RelationMention>? t_found;
}
