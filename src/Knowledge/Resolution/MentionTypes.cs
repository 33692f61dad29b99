using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>How the types of a document's mentions become the types of the graph's nodes and edges.</summary>
internal static class MentionTypes
{
    /// <summary>The node type of an entity mention's type.</summary>
    public static NodeType ToNodeType(this EntityType type) => type switch
    {
        EntityType.Person => NodeType.Person,
        EntityType.Organization => NodeType.Organization,
        EntityType.Law => NodeType.Law,
        EntityType.Place => NodeType.Place,
        EntityType.Work => NodeType.Work,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The edge type of a stated relation's type.</summary>
    public static EdgeType ToEdgeType(this RelationType type) => type switch
    {
        RelationType.PartOf => EdgeType.PART_OF,
        RelationType.MemberOf => EdgeType.MEMBER_OF,
        RelationType.LocatedIn => EdgeType.LOCATED_IN,
        RelationType.RefersTo => EdgeType.REFERS_TO,
        RelationType.Amends => EdgeType.AMENDS,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
