using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Query;
using Xunit;

namespace Knowledge.Tests.Query;

/// <summary>Issue 17, item 6: PageRank converged to a tolerance, and statistics linear enough for big graphs.</summary>
public sealed class GraphAnalyticsScaleSpecs
{
    [Fact]
    public void PageRank_is_converged_to_the_exact_solution_on_a_slowly_mixing_ring()
    {
        // A ring of ten people, the first also pointing at a place that points nowhere (dangling): values solved exactly
        // with fractions; sixty iterations left an error of 2e-9 here.
        var b = new KnowledgeGraphBuilder();
        for (int i = 0; i < 10; i++) b.AddNode(new GraphNode($"person:p{i}", NodeType.Person, $"P{i}"));
        b.AddNode(new GraphNode("place:x", NodeType.Place, "X"));
        for (int i = 0; i < 10; i++) b.AddEdge($"person:p{i}", EdgeType.MEMBER_OF, $"person:p{(i + 1) % 10}");
        b.AddEdge("person:p0", EdgeType.LOCATED_IN, "place:x");
        var graph = b.Build();

        var ranks = new GraphAnalytics(graph).PageRank;

        ranks[graph.FindById("person:p0")!].Should().BeApproximately(0.11128758691279277, 1e-10);
        ranks[graph.FindById("person:p5")!].Should().BeApproximately(0.09418614207464764, 1e-10);
        ranks[graph.FindById("person:p9")!].Should().BeApproximately(0.10888048292003479, 1e-10);
        ranks[graph.FindById("place:x")!].Should().BeApproximately(0.06603640086870011, 1e-10);
        ranks.Values.Sum().Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public async Task Statistics_of_a_document_naming_twenty_thousand_entities_take_seconds_not_hours()
    {
        // A hub: each in-edge once asked its source's out-degree by walking the source's edges, so a document naming n
        // entities cost n² per iteration.
        const int entities = 20_000;
        var b = new KnowledgeGraphBuilder();
        b.AddNode(new GraphNode("document:hub", NodeType.Document, "Hub"));
        for (int i = 0; i < entities; i++)
        {
            b.AddNode(new GraphNode($"person:p{i:D5}", NodeType.Person, $"P{i}"));
            b.AddEdge("document:hub", EdgeType.MENTIONS, $"person:p{i:D5}");
        }
        var graph = b.Build();

        var run = Task.Run(() => new GraphAnalytics(graph).Statistics(top: 3, by: CentralityMeasure.PageRank));

        (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)))).Should().BeSameAs(run, "PageRank must be linear in the edges per iteration");
        var stats = await run;
        stats.ComponentCount.Should().Be(1);
        stats.People.Should().HaveCount(3);
        stats.People.Select(p => p.PageRank).Should().AllSatisfy(r => r.Should().BeApproximately(stats.People[0].PageRank, 1e-15));
    }
}
