using Knowledge.Graph;
using Knowledge.Text;

namespace Knowledge.Resolution;

internal static class RoleEdges
{
    public static void Add(KnowledgeGraphBuilder builder, Doc doc, ResolvedEntities entities) { }
}
