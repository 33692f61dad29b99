namespace Knowledge.Lexicons;

/// <summary>Lists for telling names: given names, places, nationalities, and the words in and around a person's name.</summary>
public sealed class NameLexicons
{
    internal NameLexicons(LexiconLoader load)
    {
        GivenNames = load.List("names/given-names");
        Places = load.List("names/places");
        PlaceDesignators = load.List("names/place-designators", caseSensitive: true);
        PersonCues = load.List("names/person-cues");
        PostNominals = load.List("names/post-nominals", caseSensitive: true);
        Nationalities = load.List("names/nationalities");
        NameParticles = load.List("names/name-particles", caseSensitive: true);
        NameSuffixes = load.List("names/name-suffixes", caseSensitive: true);
        Hypocoristics = load.Table("names/hypocoristics");
        DemonymEndings = load.List("names/demonym-endings", caseSensitive: true);
        PseudonymMarkers = load.List("names/pseudonym-markers", caseSensitive: true);
        PseudonymIntroducers = load.List("names/pseudonym-introducers", caseSensitive: true);
        PseudonymListIntroducers = load.List("names/pseudonym-list-introducers", caseSensitive: true);
        AppositiveOpeners = load.List("names/appositive-openers", caseSensitive: true);
        NameListConjunctions = load.List("names/name-list-conjunctions", caseSensitive: true);
        PartyAbbreviations = load.List("names/party-abbreviations", caseSensitive: true);
    }

    /// <summary>Given names. (models/names/given-names.txt)</summary>
    public Lexicon GivenNames { get; }

    /// <summary>Countries, regions and cities. (models/names/places.txt)</summary>
    public Lexicon Places { get; }

    /// <summary>Words written right before a person's name ("contact", "led by"). (models/names/person-cues.txt)</summary>
    internal Lexicon PersonCues { get; }

    /// <summary>Post-nominal letters after a name ("OBE", "PhD"): not part of the name. (models/names/post-nominals.txt)</summary>
    internal Lexicon PostNominals { get; }

    /// <summary>Words that end a place's name ("City", "County"). (models/names/place-designators.txt)</summary>
    internal Lexicon PlaceDesignators { get; }

    /// <summary>
    /// Whether a name is a place: in the gazetteer (<see cref="Places"/>), or one to three capitalised words
    /// and a designator ("Riverton City", "Orange County").
    /// </summary>
    internal bool IsPlace(string name) => IsPlace(name.AsSpan());

    /// <summary>
    /// <see cref="IsPlace(string)"/> on a span of text, without copying it: the words are the parts between single
    /// spaces (empty parts count, as <c>string.Split(' ')</c> gives them).
    /// </summary>
    internal bool IsPlace(ReadOnlySpan<char> name)
    {
        if (Places.Contains(name)) return true;
        int lastSpace = name.LastIndexOf(' ');
        if (lastSpace < 0 || !PlaceDesignators.Contains(name[(lastSpace + 1)..])) return false;
        int words = 1;
        var rest = name[..lastSpace];
        while (true)
        {
            int space = rest.IndexOf(' ');
            var w = space < 0 ? rest : rest[..space];
            if (++words > 4 || !IsCapitalizedLowerWord(w)) return false;
            if (space < 0) return true;
            rest = rest[(space + 1)..];
        }
    }

    /// <summary>A word of two or more characters: an upper-case first letter, lower-case letters after it.</summary>
    private static bool IsCapitalizedLowerWord(ReadOnlySpan<char> w)
    {
        if (w.Length <= 1 || !char.IsUpper(w[0])) return false;
        for (int i = 1; i < w.Length; i++)
            if (!char.IsLower(w[i])) return false;
        return true;
    }

    /// <summary>Nationality and demonym adjectives ("Filipino", "American"). (models/names/nationalities.txt)</summary>
    public Lexicon Nationalities { get; }

    /// <summary>Lower-case particles inside a person's name ("de", "van", "bin"). (models/names/name-particles.txt)</summary>
    public Lexicon NameParticles { get; }

    /// <summary>Generational suffixes after a name ("Jr.", "III"). (models/names/name-suffixes.txt)</summary>
    public Lexicon NameSuffixes { get; }

    /// <summary>Short forms of given names and the names they shorten: short, given name ("bill", "william"). (models/names/hypocoristics.txt)</summary>
    internal LexiconTable Hypocoristics { get; }

    /// <summary>Endings that make a country's name a demonym, in the order they are tried ("ian", "ese"). (models/names/demonym-endings.txt)</summary>
    public Lexicon DemonymEndings { get; }

    /// <summary>Words that open a parenthesis marking a one-word name as a pseudonym ("not her real name"). (models/names/pseudonym-markers.txt)</summary>
    public Lexicon PseudonymMarkers { get; }

    /// <summary>Words before a one-word name that introduce it ("called", "named"). (models/names/pseudonym-introducers.txt)</summary>
    public Lexicon PseudonymIntroducers { get; }

    /// <summary>Words before a list of one-word names that introduce them ("pseudonyms", "named"). (models/names/pseudonym-list-introducers.txt)</summary>
    public Lexicon PseudonymListIntroducers { get; }

    /// <summary>Words after a given name and a comma that open an appositive ("a", "who"). (models/names/appositive-openers.txt)</summary>
    public Lexicon AppositiveOpeners { get; }

    /// <summary>The word that joins the last one-word name of a list ("and"). (models/names/name-list-conjunctions.txt)</summary>
    public Lexicon NameListConjunctions { get; }

    /// <summary>Party letters in a legislator's tag ("R", "D" in "(R-Ohio)"). (models/names/party-abbreviations.txt)</summary>
    public Lexicon PartyAbbreviations { get; }
}
