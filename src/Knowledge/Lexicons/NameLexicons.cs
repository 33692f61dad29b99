namespace Knowledge.Lexicons;

/// <summary>Lists for telling names: given names, places and nationalities.</summary>
public sealed class NameLexicons
{
    internal NameLexicons(LexiconLoader load)
    {
        GivenNames = load.List("names/given-names");
        Places = load.List("names/places");
        Nationalities = load.List("names/nationalities");
    }

    /// <summary>Given names. (models/names/given-names.txt)</summary>
    public Lexicon GivenNames { get; }

    /// <summary>Countries, regions and cities. (models/names/places.txt)</summary>
    public Lexicon Places { get; }

    /// <summary>Nationality and demonym adjectives ("Filipino", "American"). (models/names/nationalities.txt)</summary>
    public Lexicon Nationalities { get; }
}
