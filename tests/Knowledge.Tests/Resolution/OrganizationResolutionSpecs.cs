using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Xunit;

namespace Knowledge.Tests.Resolution;

/// <summary>Cross-form identity of organisations: the written forms that resolution treats as one body.</summary>
public class OrganizationResolutionSpecs
{
    private static List<GraphNode> Organizations(params string[] texts)
    {
        var docs = texts.Select((t, i) => new SourceDocument($"doc{i}", t, BodyFormat.Markdown, new DocumentOrigin($"doc{i}.md")) { Published = new DateOnly(2024, 3, 5) });
        return KnowledgePipeline.CreateDefault().Run(docs.ToList()).Graph.Nodes.Where(n => n.Type == NodeType.Organization).ToList();
    }

    [Fact]
    public void A_field_first_department_is_the_department_of_that_field()
    {
        var orgs = Organizations("Grants came from the Freedonia Treasury Department last week.",
                                 "The Freedonia Department of Treasury audited the grants.");
        orgs.Where(n => n.Label.Contains("Treasury")).Should().ContainSingle();
    }

    [Fact]
    public void A_field_first_department_keeps_its_unit_suffix()
    {
        var orgs = Organizations("Funds came from the Freedonia Labor Department Office for Fair Wages in May.",
                                 "The Freedonia Department of Labor Office for Fair Wages published its plan.");
        orgs.Where(n => n.Label.Contains("Fair Wages")).Should().ContainSingle();
    }

    [Fact]
    public void Long_names_that_differ_only_in_a_connector_are_one_body()
    {
        var orgs = Organizations("She joined the Northern Alliance for Clean River Water in 2020.",
                                 "The Northern Alliance on Clean River Water met in May.");
        orgs.Where(n => n.Label.Contains("Alliance")).Should().ContainSingle();
    }

    [Fact]
    public void Short_names_that_differ_in_a_connector_stay_apart()
    {
        var orgs = Organizations("She joined the Council for Rivers in 2020.", "The Council on Rivers met in May.");
        orgs.Where(n => n.Label.Contains("Council")).Should().HaveCount(2);
    }
}
