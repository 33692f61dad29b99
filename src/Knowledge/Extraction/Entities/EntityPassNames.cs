namespace Knowledge.Extraction.Entities;

/// <summary>The names of the default entity passes, in the order <see cref="EntityPasses.CreateDefault(Lexicons.LexiconSet)"/> lists them.</summary>
public static class EntityPassNames
{
    /// <summary>Laws cited by number in the text, by the jurisdiction packs' patterns ("Republic Act No. 12345", "H.R. 4410").</summary>
    public const string LawCitations = "law-citations";

    /// <summary>Acronym-named acts with their expansion ("SAFE (Securing All Fishing Estuaries) Act").</summary>
    public const string ExpandedAcronymActs = "expanded-acronym-acts";

    /// <summary>Laws named by what they are against ("the Anti-Fraud law").</summary>
    public const string AntiLaws = "anti-laws";

    /// <summary>Proposed laws named by their purpose ("the proposed EU regulation to curb …").</summary>
    public const string ProposedLaws = "proposed-laws";

    /// <summary>Capitalised runs classified as laws, works, organisations, places and people.</summary>
    public const string CapitalizedNames = "capitalized-names";

    /// <summary>Units joined to their parent body's name ("Harbor Police – Fraud Division").</summary>
    public const string OrganizationUnits = "organization-units";

    /// <summary>Organisations an appositive calls a project or study become works.</summary>
    public const string WorkAppositives = "work-appositives";

    /// <summary>Departments named inside a job title are dropped.</summary>
    public const string TitlePortfolios = "title-portfolios";

    /// <summary>Acronyms defined in the text and their later uses; undefined acronyms as weak candidates.</summary>
    public const string Acronyms = "acronyms";

    /// <summary>Surnames, honorific and surname, and first names linked to the full name.</summary>
    public const string PersonShortForms = "person-short-forms";

    /// <summary>Organisations without a head word, found by their context ("the payments firm Zentra").</summary>
    public const string OrganizationContext = "organization-context";

    /// <summary>A short name ("Senate") linked to the one fuller name that ends with it ("State Senate").</summary>
    public const string BareOrganizationHeads = "bare-organization-heads";

    /// <summary>A name holding a defined acronym linked to the name with the acronym spelt out.</summary>
    public const string ExpandedAcronymUnits = "expanded-acronym-units";

    /// <summary>Laws cited by number in link URLs.</summary>
    public const string LawLinks = "law-links";

    /// <summary>Laws the body names, repeated in a title-case heading.</summary>
    public const string HeadlineLaws = "headline-laws";

    /// <summary>Undefined acronyms listed right after a law become laws.</summary>
    public const string ListedLawAcronyms = "listed-law-acronyms";

    /// <summary>Laws the text says are one ("the X Act (S. 99)", "also known as").</summary>
    public const string LawEquivalence = "law-equivalence";
}
