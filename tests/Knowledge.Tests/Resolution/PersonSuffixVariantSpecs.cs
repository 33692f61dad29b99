using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Xunit;

namespace Knowledge.Tests.Resolution;

public class PersonSuffixVariantSpecs
{
    private static KnowledgeGraph Graph(params string[] bodies) =>
        KnowledgePipeline.CreateDefault().Run(bodies.Select((b, i) =>
            new SourceDocument($"doc{i}", b, BodyFormat.Markdown, new DocumentOrigin($"doc{i}.md")) { Published = new DateOnly(2024, 3, 5) }).ToArray()).Graph;

    private static IEnumerable<string> People(KnowledgeGraph g) => g.NodesOf(NodeType.Person).Select(n => n.Label);

    [Fact]
    public void A_name_without_its_suffix_in_another_document_is_the_same_person() =>
        People(Graph("Atty. Benedict Arguelles Jr. opened the clinic.", "Atty. Benedict Arguelles thanked the volunteers."))
            .Should().Equal("Benedict Arguelles Jr.");

    [Fact]
    public void With_two_competing_suffixes_the_bare_name_stays_apart() =>
        People(Graph("Atty. Benedict Arguelles Jr. opened the clinic.", "Atty. Benedict Arguelles Sr. retired.", "Atty. Benedict Arguelles thanked the volunteers."))
            .Should().HaveCount(3);
}
