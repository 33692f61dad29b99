namespace Knowledge.Syntax;

/// <summary>The kinds of named thing an <see cref="EntityMention"/> can be.</summary>
public enum EntityType
{
    /// <summary>A named individual.</summary>
    Person,
    /// <summary>A named body: NGO, agency, court, company, legislature.</summary>
    Organization,
    /// <summary>A statute, bill, act, ordinance or named guideline.</summary>
    Law,
    /// <summary>A country, region or city.</summary>
    Place,
    /// <summary>A created work: a report, study, podcast or book.</summary>
    Work,
}
