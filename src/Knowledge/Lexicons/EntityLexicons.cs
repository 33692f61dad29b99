namespace Knowledge.Lexicons;

/// <summary>
/// Words the entity rules read around names: the small closed classes that join, open and separate
/// names (articles, connectors, list separators, prepositions) and the nouns of a work's appositive.
/// They are matched case-sensitively, as the rules compare a token's exact text.
/// </summary>
internal sealed class EntityLexicons
{
    internal EntityLexicons(LexiconLoader load)
    {
        NameConnectors = load.List("entities/name-connectors", caseSensitive: true);
        DefiniteArticles = load.List("english/definite-articles", caseSensitive: true);
        IndefiniteArticles = load.List("english/indefinite-articles", caseSensitive: true);
        Articles = new Lexicon("english/definite-articles+indefinite-articles", [.. DefiniteArticles.Entries, .. IndefiniteArticles.Entries], caseSensitive: true);
        AndConjunctions = load.List("entities/and-conjunctions", caseSensitive: true);
        ListSeparators = load.List("entities/list-separators", caseSensitive: true);
        OfPrepositions = load.List("entities/of-prepositions", caseSensitive: true);
        OpenerPrepositions = load.List("entities/opener-prepositions", caseSensitive: true);
        PlacePrepositions = load.List("entities/place-prepositions", caseSensitive: true);
        AppositiveWorkNouns = load.List("entities/appositive-work-nouns", caseSensitive: true);
    }

    /// <summary>Lower-case English words that may join two capitalised parts of a name ("of", "for", "and", "the"). (models/entities/name-connectors.txt)</summary>
    public Lexicon NameConnectors { get; }

    /// <summary>The definite article, lower case ("the"). (models/english/definite-articles.txt, case-sensitive)</summary>
    public Lexicon DefiniteArticles { get; }

    /// <summary>Indefinite articles that open an appositive ("a", "an"). (models/english/indefinite-articles.txt, case-sensitive)</summary>
    public Lexicon IndefiniteArticles { get; }

    /// <summary>The definite and indefinite articles together, lower case.</summary>
    public Lexicon Articles { get; }

    /// <summary>Words that join the last item of a list of names or titles ("and", "&amp;"). (models/entities/and-conjunctions.txt)</summary>
    public Lexicon AndConjunctions { get; }

    /// <summary>Tokens between the items of a list of organisations (",", "and", "or", "the"). (models/entities/list-separators.txt)</summary>
    public Lexicon ListSeparators { get; }

    /// <summary>The preposition that ties a unit to its parent, an opener to its name, a title to its portfolio ("of"). (models/entities/of-prepositions.txt)</summary>
    public Lexicon OfPrepositions { get; }

    /// <summary>Prepositions after an organisation's opener or a job title ("of", "for"). (models/entities/opener-prepositions.txt)</summary>
    public Lexicon OpenerPrepositions { get; }

    /// <summary>Prepositions that put a body in a country ("in" the Netherlands). (models/entities/place-prepositions.txt)</summary>
    public Lexicon PlacePrepositions { get; }

    /// <summary>Nouns for a piece of work in an appositive ("project", "survey"). (models/entities/appositive-work-nouns.txt)</summary>
    public Lexicon AppositiveWorkNouns { get; }
}
