using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Xunit;

namespace Knowledge.Tests.Resolution;

/// <summary>
/// A name opening with a short form of a given name ("Bill", "Sam") and the full form with the same
/// surname, named in one document, are one person when the short form has one reading there; a generational suffix on one form does not
/// keep them apart, but "Jr." and "Sr." do, and so do two given names the short form could stand for. Across documents the
/// reading must be the only one in the collection and the documents must share an organisation.
/// </summary>
public class PersonShortFormVariantSpecs
{
    private static KnowledgeGraph Graph(params string[] bodies) =>
        KnowledgePipeline.CreateDefault().Run(bodies.Select((b, i) =>
            new SourceDocument($"doc{i}", b, BodyFormat.Markdown, new DocumentOrigin($"doc{i}.md")) { Published = new DateOnly(2024, 3, 5) }).ToArray()).Graph;

    private static IEnumerable<string> People(KnowledgeGraph g) => g.NodesOf(NodeType.Person).Select(n => n.Label).Order(StringComparer.Ordinal);

    [Fact]
    public void A_short_given_name_and_the_full_one_with_a_suffix_in_one_document_are_one_person()
    {
        var g = Graph("Mayor Samson Quillon Jr. opened the new ferry pier on Monday.\n\nLater that day Sam Quillon thanked the dock workers.");
        var person = g.NodesOf(NodeType.Person).Should().ContainSingle().Subject;
        person.Label.Should().Be("Samson Quillon Jr.");
        person.Aliases.Should().Contain("Sam Quillon");
    }

    [Fact]
    public void A_short_given_name_in_another_document_is_not_enough_evidence() =>
        People(Graph("Councillor Thomas Dartmoor opened the clinic.", "Councillor Tom Dartmoor thanked the volunteers."))
            .Should().HaveCount(2);

    [Fact]
    public void A_short_given_name_in_another_document_about_the_same_organisation_is_the_same_person()
    {
        var g = Graph(
            "Samson Quillon Jr., director of the Harbor Light Alliance, opened the new shelter on Monday.",
            "The Harbor Light Alliance hosted a forum on Friday, where Sam Quillon spoke about the ferry workers.");
        var person = g.NodesOf(NodeType.Person).Should().ContainSingle().Subject;
        person.Label.Should().Be("Samson Quillon Jr.");
        person.Aliases.Should().Contain("Sam Quillon");
        person.Mentions.Select(m => m.DocId).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void Across_documents_a_short_form_that_another_full_name_could_also_stand_for_stays_apart() =>
        People(Graph(
            "Samson Quillon Jr., director of the Harbor Light Alliance, opened the new shelter on Monday.",
            "Councillor Samuel Quillon of the Harbor Light Alliance closed the pier.",
            "The Harbor Light Alliance hosted a forum on Friday, where Sam Quillon spoke about the ferry workers."))
            .Should().HaveCount(3);

    [Fact]
    public void Junior_and_senior_stay_two_people_whatever_their_given_names() =>
        People(Graph("Councillor Thomas Dartmoor Jr. opened the clinic.\n\nHis father Tom Dartmoor Sr. retired in 2019."))
            .Should().Equal("Thomas Dartmoor Jr.", "Tom Dartmoor Sr.");

    [Fact]
    public void A_short_form_of_two_given_names_in_the_document_merges_with_neither() =>
        People(Graph("Samuel Quillon opened the clinic.\n\nSamson Quillon closed the pier.\n\nSam Quillon thanked the volunteers."))
            .Should().HaveCount(3);

    [Fact]
    public void Different_surnames_never_merge() =>
        People(Graph("Councillor Thomas Dartmoor opened the clinic.\n\nCouncillor Tom Dartbrook thanked the volunteers."))
            .Should().HaveCount(2);
}
