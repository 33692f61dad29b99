using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Xunit;

namespace Knowledge.Tests.Resolution;

/// <summary>Cross-document resolution: which mentions become one node, which stay apart, and what the node keeps.</summary>
public class EntityResolverSpecs
{
    private static KnowledgeGraph Graph(params string[] bodies) =>
        KnowledgePipeline.CreateDefault().Run(bodies.Select((b, i) =>
            new SourceDocument($"doc{i}", b, BodyFormat.Markdown, new DocumentOrigin($"doc{i}.md")) { Published = new DateOnly(2024, 3, 5) }).ToArray()).Graph;

    private static List<GraphNode> Nodes(KnowledgeGraph g, NodeType type) => g.NodesOf(type).ToList();

    [Fact]
    public void An_acronym_defined_in_one_document_is_the_same_body_in_another()
    {
        var g = Graph("The Coastal Rescue Foundation (CRF) trained forty volunteers in May.",
                      "CRF's director, Dr. Lorna Mabini, said the boats were ready.");
        var orgs = Nodes(g, NodeType.Organization).Where(n => n.Label.Contains("Coastal", StringComparison.Ordinal) || n.Label == "CRF").ToList();
        orgs.Should().ContainSingle().Which.Label.Should().Be("Coastal Rescue Foundation");
        orgs[0].Aliases.Should().Contain("CRF");
        orgs[0].Properties["documents"].Should().Be(2);
    }

    [Fact]
    public void A_node_explains_its_merge_with_the_rules_and_documents_behind_it()
    {
        var g = Graph("The Coastal Rescue Foundation (CRF) trained volunteers.", "The Coastal Rescue Foundation bought boats.");
        var org = Nodes(g, NodeType.Organization).Single(n => n.Label == "Coastal Rescue Foundation");
        ((string)org.Properties["mergeEvidence"]).Should().Contain("documents: doc0, doc1");
    }

    [Fact]
    public void Two_people_who_share_a_surname_stay_apart()
    {
        var g = Graph("Dr. Lorna Mabini opened the clinic, and Atty. Ramon Mabini spoke after her.");
        Nodes(g, NodeType.Person).Select(n => n.Label).Should().BeEquivalentTo(["Lorna Mabini", "Ramon Mabini"]);
    }

    [Fact]
    public void A_surname_alone_joins_the_full_name_of_its_document_only()
    {
        var g = Graph("Dr. Lorna Mabini opened the clinic. Mabini said it would stay open at night.",
                      "Atty. Ramon Mabini filed the case. Mabini declined to comment.");
        Nodes(g, NodeType.Person).Select(n => n.Label).Should().BeEquivalentTo(["Lorna Mabini", "Ramon Mabini"]);
    }

    [Fact]
    public void An_acronym_never_defined_anywhere_is_dropped_as_too_weak()
    {
        var g = Graph("The volunteers met at the QXZ office before dawn.");
        Nodes(g, NodeType.Organization).Should().NotContain(n => n.Label == "QXZ");
    }

    [Fact]
    public void Short_names_that_differ_in_a_connector_are_different_bodies()
    {
        var g = Graph("The Office for Water met the Office of Water in June.");
        Nodes(g, NodeType.Organization).Select(n => n.Label).Should().Contain(["Office for Water", "Office of Water"]);
    }

    [Fact]
    public void A_law_named_by_number_and_by_name_is_one_law()
    {
        var g = Graph("Republic Act No. 12345, or the Clean Rivers Act, took effect in May.", "The Clean Rivers Act protects the delta.");
        var laws = Nodes(g, NodeType.Law);
        laws.Should().ContainSingle();
        laws[0].Properties["number"].Should().Be("Republic Act No. 12345");
    }

    [Fact]
    public void The_fullest_name_is_the_label_and_every_other_form_an_alias()
    {
        var g = Graph("The Coastal Rescue Foundation (CRF) trained volunteers.", "The CRF bought boats.");
        var org = Nodes(g, NodeType.Organization).Single(n => n.Label == "Coastal Rescue Foundation");
        org.Aliases.Should().Contain("CRF").And.NotContain("Coastal Rescue Foundation");
    }
}
