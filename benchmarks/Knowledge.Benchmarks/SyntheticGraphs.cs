using Knowledge.Graph;

namespace Knowledge.Benchmarks;

/// <summary>
/// Knowledge graphs of any size shaped like the corpus's (per 100 nodes: 4 documents, 20 people, 12 organisations,
/// 8 roles, 6 places, 10 events, 40 quotes; each document mentions about 40 entities), generated from a fixed seed.
/// </summary>
public static class SyntheticGraphs
{
    /// <summary>A graph of about <paramref name="nodes"/> nodes and 4–5 edges per node.</summary>
    public static KnowledgeGraph Build(int nodes)
    {
        var random = new Random(17);
        var b = new KnowledgeGraphBuilder();
        List<string> Add(NodeType type, int count)
        {
            var ids = new List<string>(count);
            for (int i = 0; i < count; i++)
            {
                string id = $"{type.ToString().ToLowerInvariant()}:n{i}";
                b.AddNode(new GraphNode(id, type, $"{type} {i}"));
                ids.Add(id);
            }
            return ids;
        }
        string Any(List<string> ids) => ids[random.Next(ids.Count)];

        var documents = Add(NodeType.Document, nodes * 4 / 100);
        var people = Add(NodeType.Person, nodes * 20 / 100);
        var organizations = Add(NodeType.Organization, nodes * 12 / 100);
        var roles = Add(NodeType.Role, nodes * 8 / 100);
        var places = Add(NodeType.Place, nodes * 6 / 100);
        var events = Add(NodeType.Event, nodes * 10 / 100);
        var quotes = Add(NodeType.Quote, nodes * 40 / 100);
        var entities = people.Concat(organizations).Concat(places).Concat(events).ToList();

        foreach (var document in documents)
            for (int k = 0; k < 40; k++) b.AddEdge(document, EdgeType.MENTIONS, Any(entities));
        foreach (var quote in quotes)
        {
            b.AddEdge(Any(people), EdgeType.SAID, quote);
            b.AddEdge(quote, EdgeType.IN, Any(documents));
            if (random.Next(3) == 0) b.AddEdge(quote, EdgeType.ABOUT, Any(entities));
        }
        foreach (var role in roles)
        {
            b.AddEdge(Any(people), EdgeType.HOLDS_ROLE, role);
            b.AddEdge(role, EdgeType.AT, Any(organizations));
        }
        foreach (var organization in organizations)
        {
            if (random.Next(4) == 0) b.AddEdge(organization, EdgeType.PART_OF, Any(organizations));
            b.AddEdge(organization, EdgeType.LOCATED_IN, Any(places));
        }
        foreach (var @event in events)
            for (int k = 0; k < 2; k++) b.AddEdge(Any(people), EdgeType.PARTICIPATED_IN, @event);
        return b.Build();
    }
}
