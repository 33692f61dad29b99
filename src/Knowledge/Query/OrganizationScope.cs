using Knowledge.Graph;

namespace Knowledge.Query;

/// <summary>
/// What a typed organisation name covers: every organisation whose name or alias contains the typed words (so an
/// acronym finds the organisation that has it as an alias), and their units, the organisations PART_OF them at any
/// depth (a country office, its fraud unit…). Built once per graph.
/// </summary>
internal sealed class OrganizationScope
{
    private readonly IReadOnlyList<GraphNode> _organizations;
    private readonly Dictionary<GraphNode, List<GraphNode>> _units = [];

    /// <summary>Indexes the organisations of <paramref name="graph"/> and their PART_OF edges.</summary>
    public OrganizationScope(KnowledgeGraph graph)
    {
        _organizations = graph.NodesOf(NodeType.Organization).ToList();
        foreach (var edge in graph.Edges)
        {
            if (edge.Type != EdgeType.PART_OF || edge.Source.Type != NodeType.Organization || edge.Target.Type != NodeType.Organization) continue;
            if (!_units.TryGetValue(edge.Target, out var units)) _units[edge.Target] = units = [];
            units.Add(edge.Source);
        }
    }

    /// <summary>The organisations <paramref name="typed"/> names, with their units; empty when none matches.</summary>
    public IReadOnlySet<GraphNode> Resolve(string typed)
    {
        var matcher = new NameMatcher(typed);
        var covered = new HashSet<GraphNode>();
        var pending = new Queue<GraphNode>(_organizations.Where(matcher.Matches));
        while (pending.TryDequeue(out var organization))
        {
            if (!covered.Add(organization) || !_units.TryGetValue(organization, out var units)) continue;
            foreach (var unit in units) pending.Enqueue(unit);
        }
        return covered;
    }
}
