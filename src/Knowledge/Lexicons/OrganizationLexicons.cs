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
        FieldHeads = load.Table("organizations/field-heads");
        NotFields = load.List("organizations/not-fields", caseSensitive: true);
        VariableConnectors = load.List("organizations/variable-connectors");
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

    /// <summary>Heads of bodies also named by their field first, with the word of their other form ("Ministry", "of"). (models/organizations/field-heads.txt)</summary>
    public LexiconTable FieldHeads { get; }

    /// <summary>Words that open a name before a field head without being its field ("National"). (models/organizations/not-fields.txt)</summary>
    public Lexicon NotFields { get; }

    /// <summary>Connectors writers vary inside a long name ("of", "on", "for"). (models/organizations/variable-connectors.txt)</summary>
    public Lexicon VariableConnectors { get; }
}
