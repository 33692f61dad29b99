using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

public sealed class TypeNamesSpecs
{
    [Fact]
    public void Every_node_type_is_written_as_its_enum_name()
    {
        foreach (var type in Enum.GetValues<NodeType>()) TypeNames.Of(type).Should().Be(type.ToString());
    }

    [Fact]
    public void Every_edge_type_is_written_as_its_enum_name_and_labelled_in_lower_case_with_spaces()
    {
        foreach (var type in Enum.GetValues<EdgeType>())
        {
            TypeNames.Of(type).Should().Be(type.ToString());
            TypeNames.LabelOf(type).Should().Be(type.ToString().Replace('_', ' ').ToLowerInvariant());
        }
        TypeNames.LabelOf(EdgeType.HOLDS_ROLE).Should().Be("holds role");
    }

    [Fact]
    public void Every_node_type_begins_ids_as_its_name_in_lower_case_and_a_colon()
    {
        foreach (var type in Enum.GetValues<NodeType>()) TypeNames.IdPrefixOf(type).Should().Be(type.ToString().ToLowerInvariant() + ":");
        TypeNames.IdPrefixOf(NodeType.Person).Should().Be("person:");
        TypeNames.IdPrefixOf((NodeType)99).Should().Be("99:");
    }

    [Fact]
    public void A_value_outside_the_enum_is_written_as_its_number()
    {
        TypeNames.Of((NodeType)99).Should().Be("99");
        TypeNames.LabelOf((EdgeType)77).Should().Be("77");
    }

    [Fact]
    public void Edges_are_equal_when_source_type_and_target_are_whatever_their_properties()
    {
        var ana = new GraphNode("person:ana", NodeType.Person, "Ana");
        var board = new GraphNode("organization:board", NodeType.Organization, "Board");
        var edge = new GraphEdge(ana, board, EdgeType.MEMBER_OF);
        var same = new GraphEdge(new GraphNode("person:ana", NodeType.Person, "Ana Cruz"), board, EdgeType.MEMBER_OF)
        {
            Properties = PropertyMap.Empty.Add("since", "2020"),
        };

        same.Should().Be(edge);
        same.GetHashCode().Should().Be(edge.GetHashCode());
        new GraphEdge(ana, board, EdgeType.PART_OF).Should().NotBe(edge);
        new GraphEdge(board, ana, EdgeType.MEMBER_OF).Should().NotBe(edge);
        new HashSet<GraphEdge> { edge, same }.Should().HaveCount(1);
    }
}
