namespace Knowledge.Syntax;

/// <summary>
/// The ids of the entity recogniser's rules, as <see cref="EntityMention.Rule"/> records them and the
/// graph's merge evidence exports them. Rules compare and write these constants, never literals.
/// </summary>
public static class EntityRuleIds
{
    /// <summary>A law cited by number ("Republic Act No. 12345", "H.R. 4410").</summary>
    public const string LawNumber = "law-number";

    /// <summary>An acronym-named act with its expansion ("SAFE (Securing All Fishing Estuaries) Act").</summary>
    public const string LawExpandedAcronym = "law-expanded-acronym";

    /// <summary>A law named by what it is against ("the Anti-Fraud law").</summary>
    public const string LawAnti = "law-anti";

    /// <summary>A law cited by number in a link's URL.</summary>
    public const string LawLinkUrl = "law-link-url";

    /// <summary>A capitalised name ending in a law's head ("Clean Water Act").</summary>
    public const string LawName = "law-name";

    /// <summary>A law's name repeated in a title-case heading.</summary>
    public const string LawNameRepeated = "law-name-repeated";

    /// <summary>A proposed law named by its purpose ("the proposed EU regulation to …").</summary>
    public const string LawProposed = "law-proposed";

    /// <summary>An undefined acronym listed right after a law.</summary>
    public const string LawListedAcronym = "law-listed-acronym";

    /// <summary>A work's name ending in a work's head ("Annual Review").</summary>
    public const string WorkName = "work-name";

    /// <summary>A name an appositive calls a project, study or method.</summary>
    public const string WorkAppositive = "work-appositive";

    /// <summary>An organisation by its form: a branch, a standalone head, an opener with "of".</summary>
    public const string OrganizationForm = "organization-form";

    /// <summary>An organisation by a head word in its name ("Harbor Trust").</summary>
    public const string OrganizationHead = "organization-head";

    /// <summary>The parent body a unit's name begins with.</summary>
    public const string OrganizationParent = "organization-parent";

    /// <summary>A country's name or demonym before "government".</summary>
    public const string OrganizationNationalGovernment = "organization-national-government";

    /// <summary>A body, a spaced dash and its unit ("Harbor Police – Fraud Division").</summary>
    public const string OrganizationUnit = "organization-unit";

    /// <summary>A unit with its field unit in parentheses.</summary>
    public const string OrganizationFieldUnit = "organization-field-unit";

    /// <summary>An organisation named without a head word, found by its context.</summary>
    public const string OrganizationContext = "organization-context";

    /// <summary>A place from the gazetteer.</summary>
    public const string Place = "place";

    /// <summary>The acronym of "Full Name (ACR)".</summary>
    public const string AcronymDefinition = "acronym-definition";

    /// <summary>A later use of a defined acronym.</summary>
    public const string AcronymUse = "acronym-use";

    /// <summary>An undefined acronym that abbreviates the parent body an organisation's name begins with.</summary>
    public const string AcronymParentBody = "acronym-parent-body";

    /// <summary>An undefined acronym with a possessive ("XYZ's programme").</summary>
    public const string AcronymPossessive = "acronym-possessive";

    /// <summary>An undefined acronym used bare: a weak candidate (<see cref="EntityMention.IsWeak"/>).</summary>
    public const string BareAcronym = "bare-acronym";

    /// <summary>A person's name after an honorific or title.</summary>
    public const string Honorific = "honorific";

    /// <summary>A person's name that opens with a known given name.</summary>
    public const string GivenName = "given-name";

    /// <summary>A person's name with a middle initial.</summary>
    public const string MiddleInitial = "middle-initial";

    /// <summary>A person's name with a quoted nickname between its words ("Ana “Nani” Reyes").</summary>
    public const string Nickname = "nickname";

    /// <summary>A person's name with a generational suffix.</summary>
    public const string NameSuffix = "name-suffix";

    /// <summary>A person's name by its context: a title after a comma, a speech verb, a lower-case title.</summary>
    public const string Context = "context";

    /// <summary>A legislator's name before a party tag ("(D-VT)").</summary>
    public const string PartyTag = "party-tag";

    /// <summary>A one-word name marked as a pseudonym.</summary>
    public const string Pseudonym = "pseudonym";

    /// <summary>A lone surname or given name linked to a full name.</summary>
    public const string ShortForm = "short-form";

    /// <summary>The ids of the acronym rules (definition, use, parent body, possessive) begin so; a bare acronym's does not.</summary>
    public const string AcronymRulePrefix = "acronym";

    /// <summary>Added to a one-word person's rule when the word is linked to a full name by its surname.</summary>
    public const string SurnameLinkSuffix = "+surname";

    /// <summary>The rule of a one-word person linked to a full name by its surname ("honorific+surname").</summary>
    public static string LinkedBySurname(string rule) => rule + SurnameLinkSuffix;

    /// <summary>Whether a rule is one of the acronym rules (definition, use, parent body, possessive).</summary>
    public static bool IsAcronymRule(string rule) => rule.StartsWith(AcronymRulePrefix, StringComparison.Ordinal);
}
