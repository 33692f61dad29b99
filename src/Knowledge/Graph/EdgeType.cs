namespace Knowledge.Graph;

/// <summary>The kinds of edge in a <see cref="KnowledgeGraph"/>. Every edge is typed; there is no untyped "related".</summary>
public enum EdgeType
{
    /// <summary>Document → entity it mentions, with the mentions' offsets.</summary>
    MENTIONS,
    /// <summary>Speaker → Quote.</summary>
    SAID,
    /// <summary>Quote or Event → Document it appears in.</summary>
    IN,
    /// <summary>Quote or Event → entity it is about.</summary>
    ABOUT,
    /// <summary>Person → Role.</summary>
    HOLDS_ROLE,
    /// <summary>Role → Organization.</summary>
    AT,
    /// <summary>Person or Organization → Event.</summary>
    PARTICIPATED_IN,
    /// <summary>Organization → Organization it belongs to.</summary>
    PART_OF,
    /// <summary>Person → Organization it is a member of.</summary>
    MEMBER_OF,
    /// <summary>Organization or Event → Place.</summary>
    LOCATED_IN,
    /// <summary>Law → Law it refers to.</summary>
    REFERS_TO,
    /// <summary>Law → Law it amends.</summary>
    AMENDS,
    /// <summary>Work → Organization or Person that published it.</summary>
    PUBLISHED_BY,
}
