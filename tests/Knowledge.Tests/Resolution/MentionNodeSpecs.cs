using FluentAssertions;
using Knowledge.Resolution;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Resolution;

public class MentionNodeSpecs
{
    [Fact]
    public void A_mention_is_found_by_its_range_and_type_whatever_order_the_entries_came_in()
    {
        var table = MentionNode.SortedDistinct(
        [
            new(40, 52, EntityType.Organization, 3),
            new(0, 9, EntityType.Person, 7),
            new(0, 9, EntityType.Organization, 1),
            new(15, 20, EntityType.Place, 0),
        ]);

        MentionNode.Find(table, 0, 9, EntityType.Person).Should().Be(7);
        MentionNode.Find(table, 0, 9, EntityType.Organization).Should().Be(1);
        MentionNode.Find(table, 15, 20, EntityType.Place).Should().Be(0);
        MentionNode.Find(table, 40, 52, EntityType.Organization).Should().Be(3);
    }

    [Fact]
    public void A_range_or_type_not_in_the_table_has_no_node()
    {
        var table = MentionNode.SortedDistinct([new(3, 8, EntityType.Person, 2), new(10, 14, EntityType.Place, 5)]);

        MentionNode.Find(table, 3, 9, EntityType.Person).Should().Be(-1);
        MentionNode.Find(table, 3, 8, EntityType.Place).Should().Be(-1);
        MentionNode.Find(table, 0, 2, EntityType.Person).Should().Be(-1);
        MentionNode.Find(table, 20, 25, EntityType.Person).Should().Be(-1);
        MentionNode.Find([], 3, 8, EntityType.Person).Should().Be(-1);
    }

    [Fact]
    public void Of_entries_for_the_same_mention_the_one_with_the_highest_node_is_kept()
    {
        var table = MentionNode.SortedDistinct(
        [
            new(5, 11, EntityType.Person, 9),
            new(5, 11, EntityType.Person, 4),
            new(20, 26, EntityType.Person, 2),
            new(5, 11, EntityType.Person, 6),
        ]);

        table.Should().HaveCount(2);
        MentionNode.Find(table, 5, 11, EntityType.Person).Should().Be(9);
        MentionNode.Find(table, 20, 26, EntityType.Person).Should().Be(2);
    }
}
