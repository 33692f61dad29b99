namespace Knowledge.Graph;

/// <summary>The kinds of node in a <see cref="KnowledgeGraph"/>.</summary>
public enum NodeType
{
    /// <summary>A source document (article, press release).</summary>
    Document,
    /// <summary>A named individual.</summary>
    Person,
    /// <summary>A named body: NGO, agency, court, company, legislature.</summary>
    Organization,
    /// <summary>A title a person holds, such as "Executive Director".</summary>
    Role,
    /// <summary>A statute, bill, act, ordinance or named guideline.</summary>
    Law,
    /// <summary>A country, region or city.</summary>
    Place,
    /// <summary>Something that happened at a time.</summary>
    Event,
    /// <summary>A statement attributed to a speaker.</summary>
    Quote,
    /// <summary>A created work: a report, study, podcast or book.</summary>
    Work,
}
