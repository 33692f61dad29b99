using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

public class EdgeTableSpecs
{
    [Fact]
    public void The_same_ends_and_type_find_the_same_edge_and_other_types_or_ends_a_new_one()
    {
        var table = new EdgeTable();
        table.GetOrAdd(1, EdgeType.MENTIONS, 2).Props = PropertyMap.Empty.Add("cue", "of");

        table.GetOrAdd(1, EdgeType.MENTIONS, 2).Props["cue"].Should().Be("of");
        table.GetOrAdd(1, EdgeType.ABOUT, 2).Props.Should().BeEmpty();
        table.GetOrAdd(2, EdgeType.MENTIONS, 1).Props.Should().BeEmpty();
        table.Count.Should().Be(3);
    }

    [Fact]
    public void Edges_are_kept_in_the_order_first_added_across_blocks_and_growth()
    {
        var table = new EdgeTable();
        for (int i = 0; i < 5000; i++) table.GetOrAdd(i % 70, EdgeType.IN, i).Evidence.Count = i;
        for (int i = 0; i < 5000; i += 7) table.GetOrAdd(i % 70, EdgeType.IN, i).Evidence.Count.Should().Be(i);

        table.Count.Should().Be(5000);
        for (int i = 0; i < table.Count; i++)
        {
            table[i].Target.Should().Be(i);
            table[i].Source.Should().Be(i % 70);
            table[i].Type.Should().Be(EdgeType.IN);
        }
    }

    [Fact]
    public void Room_reserved_before_or_after_edges_are_added_keeps_every_edge_found_and_in_order()
    {
        var table = new EdgeTable();
        for (int i = 0; i < 100; i++) table.GetOrAdd(i, EdgeType.AT, i + 1).Evidence.Count = i;
        table.Reserve(3000);
        for (int i = 100; i < 2000; i++) table.GetOrAdd(i, EdgeType.AT, i + 1).Evidence.Count = i;
        table.Reserve(10);

        for (int i = 0; i < 2000; i += 3) table.GetOrAdd(i, EdgeType.AT, i + 1).Evidence.Count.Should().Be(i);
        table.Count.Should().Be(2000);
        for (int i = 0; i < table.Count; i++) table[i].Source.Should().Be(i);
    }
}

