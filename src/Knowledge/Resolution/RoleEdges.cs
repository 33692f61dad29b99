using System.Collections.Immutable;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// Adds Role nodes with Person —HOLDS_ROLE→ Role —AT→ Organization: one node per title and organisation,
/// or per title and holder when the text names no organisation, so a bare title ("executive director")
/// never links two people (see <see cref="NodeIds.Role"/>).
/// The HOLDS_ROLE evidence keeps every document that gives the title, so a person's role history
/// over time can be read with the documents' dates.
/// </summary>
internal static class RoleEdges
{
    private const int RoleIdStackLimit = 256;

    /// <summary>Adds the document's roles; <paramref name="props"/> makes the new role nodes' property maps.</summary>
    public static void Add(KnowledgeGraphBuilder builder, Doc doc, DocumentNodeIds nodeIds, PropertyMapBuilder props)
    {
        // The HOLDS_ROLE edges' properties are the document's: one map for all its roles.
        PropertyMap? edgeProps = null;
        // About half of the role mentions name a role already there: its id is written here and the stored one reused.
        Span<char> idBuffer = stackalloc char[RoleIdStackLimit];
        foreach (var role in doc.Roles)
        {
            int person = nodeIds.IndexOf(role.Person);
            if (person < 0) continue;
            string personId = nodeIds.IdAt(person);
            int org = role.Organization is null ? -1 : nodeIds.IndexOf(role.Organization);
            string? orgId = org < 0 ? null : nodeIds.IdAt(org);
            // The role's number comes with its stored id when it is already there, and from adding its node when not:
            // its edges below are added by numbers, without its id (or its ends' ids) hashed again.
            int idLength = NodeIds.TryWriteRole(role.Title, orgId, personId, idBuffer);
            int roleNumber = -1;
            string? roleId = idLength >= 0 ? builder.KnownId(idBuffer[..idLength], out roleNumber) : null;
            if (roleId is null)
            {
                roleId = NodeIds.Role(role.Title, orgId, personId);
                roleNumber = builder.NumberOf(roleId);
            }
            if (!Holds(builder.FindNumber(roleNumber), role.Title, orgId))
            {
                // The properties in key order (see PropertyMapBuilder).
                if (orgId is not null) props["organization"] = builder.FindNumber(nodeIds.NumberAt(org))?.Label ?? orgId;
                props["title"] = role.Title;
                builder.AddNode(new GraphNode(roleId, NodeType.Role, role.Title) { Properties = props.ToImmutable() });
            }
            edgeProps ??= EdgeProperties(doc, props);
            var where = doc.ProvenanceOf(role.Start, role.End);
            builder.AddEdge(nodeIds.NumberAt(person), EdgeType.HOLDS_ROLE, roleNumber, where, edgeProps);
            if (orgId is not null) builder.AddEdge(roleNumber, EdgeType.AT, nodeIds.NumberAt(org), where);
        }
    }

    /// <summary>Whether the role node already there is the one this mention would add, so that merging it would change nothing.</summary>
    private static bool Holds(GraphNode? existing, string title, string? orgId) =>
        existing is not null && existing.Label == title && existing.Aliases.IsEmpty && existing.Mentions.IsEmpty
        && existing["title"] is not null && (orgId is null || existing["organization"] is not null);

    // Made with the caller's builder, between its role nodes' maps, so that every document's edge maps share their keys.
    private static PropertyMap EdgeProperties(Doc doc, PropertyMapBuilder props)
    {
        props["docId"] = doc.Id;
        if (doc.Source.Published is { } p) props["date"] = p;
        return props.ToImmutable();
    }
}
