namespace Knowledge.Lexicons;

/// <summary>Words that make, open, end and divide organisations' names.</summary>
public sealed class OrganizationLexicons
{
    internal OrganizationLexicons(LexiconLoader load)
    {
        Heads = load.List("organizations/heads");
        Suffixes = load.List("organizations/suffixes");
        Openers = load.List("organizations/openers");
        Kinds = load.List("organizations/kinds");
        Units = load.List("organizations/units");
    }

    /// <summary>Words that head or end an organisation's name ("Mission", "Council", "Department"). (models/organizations/heads.txt)</summary>
    public Lexicon Heads { get; }

    /// <summary>Company suffixes ("Inc.", "Ltd."). (models/organizations/suffixes.txt)</summary>
    public Lexicon Suffixes { get; }

    /// <summary>Words that open an organisation's name ("Department of", "University of"). (models/organizations/openers.txt)</summary>
    public Lexicon Openers { get; }

    /// <summary>Common nouns for kinds of organisation ("company", "agency", "non-profit"). (models/organizations/kinds.txt)</summary>
    public Lexicon Kinds { get; }

    /// <summary>Words that head a unit of a larger body ("Division", "Field Office", "Committee"). (models/organizations/units.txt)</summary>
    public Lexicon Units { get; }
}
