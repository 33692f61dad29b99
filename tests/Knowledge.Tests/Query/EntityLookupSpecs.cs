using FluentAssertions;
using Knowledge.Query;
using Xunit;
using static Knowledge.Tests.Query.AnalyticsGraphs;

namespace Knowledge.Tests.Query;

public class EntityLookupSpecs
{
    private static readonly Knowledge.Graph.KnowledgeGraph Graph = Build();

    private static IEnumerable<string> Ids(string typed) => EntityLookup.Find(Graph, typed).Select(n => n.Id);

    [Fact]
    public void A_name_is_found_by_any_alias_in_part_with_case_and_honorifics_ignored()
    {
        Ids("lima").Should().Equal(Ana);
        Ids("Dr. Lima").Should().Equal(Ana);
        Ids("vb").Should().Equal(Valley);
        Ids("WATER ACT").Should().Equal(WaterAct);
    }

    [Fact]
    public void A_name_equal_to_the_typed_text_comes_before_longer_names_with_more_mentions()
    {
        Ids("Harbor Trust").Should().Equal(Harbor, HarborFund);
        Ids("Harbor").Should().Equal(HarborFund, Harbor);
    }

    [Fact]
    public void Documents_and_quotes_are_not_entities_and_nothing_typed_finds_nothing()
    {
        Ids("divers").Should().BeEmpty();
        Ids("news").Should().BeEmpty();
        Ids("  ").Should().BeEmpty();
        Ids("Lim").Should().BeEmpty();
    }
}
