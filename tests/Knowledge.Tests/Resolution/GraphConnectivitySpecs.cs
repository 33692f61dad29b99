using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Xunit;

namespace Knowledge.Tests.Resolution;

/// <summary>Every node of a graph is tied to the documents it comes from: none stands alone.</summary>
public class GraphConnectivitySpecs
{
    private static readonly string[] Bodies =
    [
        "The Fairbrook council approved the shelter ordinance on Monday, March 4, 2024. The ordinance was signed the next day.",
        "A storm flooded the river road on Tuesday. “We have room for forty families,” said Oriel Banfield, executive director.",
        "Senators Wendell Obi and Marta Quell questioned the harbor auditor on Wednesday. The hearing was adjourned at noon.",
    ];

    private static KnowledgeGraph Graph() =>
        KnowledgePipeline.CreateDefault().Run(Bodies.Select((b, i) =>
            new SourceDocument($"doc{i}", b, BodyFormat.Markdown, new DocumentOrigin($"doc{i}.md")) { Published = new DateOnly(2024, 3, 5) }).ToArray()).Graph;

    [Fact]
    public void No_node_of_any_type_is_isolated()
    {
        var g = Graph();
        var tied = g.Edges.SelectMany(e => new[] { e.Source.Id, e.Target.Id }).ToHashSet(StringComparer.Ordinal);
        g.Nodes.Where(n => !tied.Contains(n.Id)).Select(n => n.Id).Should().BeEmpty();
    }

    [Fact]
    public void Every_event_is_IN_the_document_that_tells_it()
    {
        var g = Graph();
        var events = g.NodesOf(NodeType.Event).ToList();
        events.Should().NotBeEmpty();
        foreach (var e in events)
            g.OutEdges(e).Where(x => x.Type == EdgeType.IN).Select(x => x.Target.Id)
                .Should().ContainSingle(e.Id).Which.Should().Be("document:" + e["docId"]);
    }
}
