using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Query;
using Xunit;

namespace Knowledge.Tests.Resolution;

/// <summary>Role nodes: shared by the holders of a title at one organisation, never by two people through a bare title.</summary>
public class RoleEdgeSpecs
{
    private static KnowledgeGraph Graph(params string[] bodies) =>
        KnowledgePipeline.CreateDefault().Run(bodies.Select((b, i) =>
            new SourceDocument($"doc{i}", b, BodyFormat.Markdown, new DocumentOrigin($"doc{i}.md")) { Published = new DateOnly(2024, 3, 5) }).ToArray()).Graph;

    private static GraphNode Person(KnowledgeGraph g, string label) => g.NodesOf(NodeType.Person).Single(p => p.Label == label);

    private static List<GraphNode> RolesOf(KnowledgeGraph g, GraphNode person) =>
        g.OutEdges(person).Where(e => e.Type == EdgeType.HOLDS_ROLE).Select(e => e.Target).ToList();

    [Fact]
    public void A_title_without_an_organisation_never_joins_two_people()
    {
        var g = Graph("“We have room for forty families,” said Oriel Banfield, executive director.",
                      "“Nobody should wait a night for care,” said Petra Lindqvist, executive director.");
        var oriel = Person(g, "Oriel Banfield");
        var petra = Person(g, "Petra Lindqvist");
        RolesOf(g, oriel).Should().ContainSingle().Which.Label.Should().Be("Executive Director");
        RolesOf(g, petra).Should().ContainSingle().Which.Label.Should().Be("Executive Director");
        RolesOf(g, oriel).Should().NotIntersectWith(RolesOf(g, petra));
        new GraphAnalytics(g, includeDocuments: false).ShortestPath(oriel, petra).Should().BeNull();
    }

    [Fact]
    public void A_title_at_an_organisation_is_one_node_for_everyone_holding_it_there()
    {
        var g = Graph("Oriel Banfield, a trustee of the Fairbrook Housing Trust, opened the shelter.",
                      "Petra Lindqvist, a trustee of the Fairbrook Housing Trust, opened the clinic.");
        var role = RolesOf(g, Person(g, "Oriel Banfield")).Should().ContainSingle().Subject;
        RolesOf(g, Person(g, "Petra Lindqvist")).Should().ContainSingle().Which.Should().Be(role);
        g.OutEdges(role).Should().ContainSingle(e => e.Type == EdgeType.AT).Which.Target.Label.Should().Be("Fairbrook Housing Trust");
    }
}
