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

    public static void Add(KnowledgeGraphBuilder builder, Doc doc, DocumentNodeIds nodeIds)
    {
        // The HOLDS_ROLE edges' properties are the document's: one map for all its roles.
        ImmutableSortedDictionary<string, object>? edgeProps = null;
        // One builder for the document's new role nodes: a map made from it stays as it was when the builder is cleared.
        ImmutableSortedDictionary<string, object>.Builder? props = null;
        // About half of the role mentions name a role already there: its id is written here and the stored one reused.
        Span<char> idBuffer = stackalloc char[RoleIdStackLimit];
        foreach (var role in doc.Roles)
        {
            var personId = nodeIds.Of(role.Person);
            if (personId is null) continue;
            string? orgId = role.Organization is null ? null : nodeIds.Of(role.Organization);
            int idLength = NodeIds.TryWriteRole(role.Title, orgId, personId, idBuffer);
            string roleId = (idLength >= 0 ? builder.KnownId(idBuffer[..idLength]) : null) ?? NodeIds.Role(role.Title, orgId, personId);
            if (!Holds(builder.Find(roleId), role.Title, orgId))
            {
                if (props is null) props = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
                else props.Clear();
                props["title"] = role.Title;
                if (orgId is not null) props["organization"] = builder.Find(orgId)?.Label ?? orgId;
                builder.AddNode(new GraphNode(roleId, NodeType.Role, role.Title) { Properties = props.ToImmutable() });
            }
            edgeProps ??= EdgeProperties(doc);
            var where = doc.ProvenanceOf(role.Start, role.End);
            builder.AddEdge(personId, EdgeType.HOLDS_ROLE, roleId, where, edgeProps);
            if (orgId is not null) builder.AddEdge(roleId, EdgeType.AT, orgId, where);
        }
    }

    /// <summary>Whether the role node already there is the one this mention would add, so that merging it would change nothing.</summary>
    private static bool Holds(GraphNode? existing, string title, string? orgId) =>
        existing is not null && existing.Label == title && existing.Aliases.IsEmpty && existing.Mentions.IsEmpty
        && existing["title"] is not null && (orgId is null || existing["organization"] is not null);

    private static ImmutableSortedDictionary<string, object> EdgeProperties(Doc doc)
    {
        var props = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        props["docId"] = doc.Id;
        if (doc.Source.Published is { } p) props["date"] = p;
        return props.ToImmutable();
    }
}
