using FluentAssertions;
using Knowledge.Extraction.Relations;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Relations;

/// <summary>The relation finders' entity order is LINQ's stable order, sorted in place (issue 18).</summary>
public class EntityOrderSpecs
{
    private static EntityMention Named(string name, int start, int end) => new(EntityType.Organization, start, end, name, "spec");

    [Fact]
    public void Entities_out_of_order_are_sorted_by_start_keeping_ties_in_place()
    {
        var entities = new List<EntityMention> { Named("c", 9, 12), Named("a", 0, 3), Named("b1", 5, 7), Named("b2", 5, 9) };
        var expected = entities.OrderBy(e => e.Start).ToList();
        EntityOrder.ByStart(entities);
        entities.Should().Equal(expected);
    }

    [Fact]
    public void Entities_out_of_order_are_sorted_by_start_then_longest_first()
    {
        var entities = new List<EntityMention> { Named("short", 5, 7), Named("x", 0, 2), Named("long", 5, 12), Named("same", 5, 7) };
        var expected = entities.OrderBy(e => e.Start).ThenByDescending(e => e.End).ToList();
        EntityOrder.ByStartLongestFirst(entities);
        entities.Should().Equal(expected);
        entities.Select(e => e.Name).Should().Equal("x", "long", "short", "same");
    }

    [Fact]
    public void Entities_in_order_stay_as_they_are()
    {
        var entities = new List<EntityMention> { Named("a", 0, 3), Named("b", 4, 6) };
        EntityOrder.ByStartLongestFirst(entities);
        entities.Select(e => e.Name).Should().Equal("a", "b");
    }
}
