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
    public static void Add(KnowledgeGraphBuilder builder, Doc doc, ResolvedEntities entities)
    {
        foreach (var role in doc.Roles)
        {
            var personId = entities.NodeIdOf(doc.Id, role.Person);
            if (personId is null) continue;
            string? orgId = role.Organization is null ? null : entities.NodeIdOf(doc.Id, role.Organization);
            string roleId = NodeIds.Role(role.Title, orgId, personId);
            var props = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
            props["title"] = role.Title;
            if (orgId is not null) props["organization"] = builder.Find(orgId)?.Label ?? orgId;
            builder.AddNode(new GraphNode(roleId, NodeType.Role, role.Title) { Properties = props.ToImmutable() });
            var edgeProps = new Dictionary<string, object> { ["docId"] = doc.Id };
            if (doc.Source.Published is { } p) edgeProps["date"] = p;
            builder.AddEdge(personId, EdgeType.HOLDS_ROLE, roleId, [doc.ProvenanceOf(role.Start, role.End)], edgeProps);
            if (orgId is not null) builder.AddEdge(roleId, EdgeType.AT, orgId, [doc.ProvenanceOf(role.Start, role.End)]);
        }
    }
}
