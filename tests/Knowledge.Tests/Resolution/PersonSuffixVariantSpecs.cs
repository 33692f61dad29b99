using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Resolution;
using Knowledge.Syntax;
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

    [Fact]
    public void Each_base_with_one_suffixed_variant_is_joined_in_the_bases_order_however_often_each_form_is_named()
    {
        var people = new PersonNames(new EntityKeys(LexiconSet.Default));
        var uf = new UnionFind();
        var names = new[] { "Tobias Wren", "Mira Solano Jr.", "Mira Solano", "Tobias Wren III", "Mira Solano Jr", "Tobias Wren", "Ines Calloway Jr." };

        var joined = PersonSuffixVariants.Link(uf, names.Select(n => new EntityMention(EntityType.Person, 0, n.Length, n, "spec")), people);

        joined.Should().Equal(("mira-solano", "mira-solano-jr"), ("tobias-wren", "tobias-wren-iii"));
        uf.Find("person:mira-solano").Should().Be(uf.Find("person:mira-solano-jr"));
        uf.Find("person:ines-calloway").Should().NotBe(uf.Find("person:ines-calloway-jr"));
    }

    [Fact]
    public void A_third_form_of_a_base_leaves_the_bare_name_apart()
    {
        var people = new PersonNames(new EntityKeys(LexiconSet.Default));
        var names = new[] { "Mira Solano", "Mira Solano Jr.", "Mira Solano Sr.", "Mira Solano" };

        PersonSuffixVariants.Link(new UnionFind(), names.Select(n => new EntityMention(EntityType.Person, 0, n.Length, n, "spec")), people)
            .Should().BeEmpty();
    }
}
