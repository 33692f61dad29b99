namespace Knowledge.Extraction.Roles;

/// <summary>The slot a function word fills around a title (the second column of models/roles/role-words.txt).</summary>
internal enum RoleSlot
{
    /// <summary>Between "Name," and a lower-case title: "now", "also".</summary>
    AppositiveAdverb,
    /// <summary>Opens a lower-case appositive title: "a", "another".</summary>
    AppositiveDeterminer,
    /// <summary>Opens a plural title standing for one of a group: "one of the".</summary>
    Partitive,
    /// <summary>May open a capitalised appositive title: "the", "and".</summary>
    AppositiveOpener,
    /// <summary>Cannot be part of a lower-case title.</summary>
    TitleBreaker,
    /// <summary>Introduces the organisation after a lower-case title: "of", "at".</summary>
    LowerTitleOrganization,
    /// <summary>Introduces the organisation after a capitalised title: "of", "at", "for", "in".</summary>
    TitleOrganization,
    /// <summary>May stand between such a preposition and the organisation: "the".</summary>
    OrganizationArticle,
    /// <summary>Joins capitalised words inside one title: "of", "and".</summary>
    TitleJoiner,
    /// <summary>Continues a title's list after a serial comma: "and".</summary>
    SerialAnd,
    /// <summary>Joins a second title of the same person: "and".</summary>
    NextTitle,
    /// <summary>Joins a second lower-case title of the same person: "and".</summary>
    NextLowerTitle,
    /// <summary>Between a plural title and the names it introduces: "known by their pseudonyms".</summary>
    ListIntroducer,
    /// <summary>Joins names listed under one plural title: ",", "and".</summary>
    ListGap,
    /// <summary>Gives the person before it the title after it: "served as", "sworn in as".</summary>
    OfficeVerb,
    /// <summary>Gives the person right before it, its subject, the title after it: "is a", "was elected".</summary>
    Copula,
    /// <summary>May open the titles after an office verb: "both", "the".</summary>
    OfficeListOpener,
}
